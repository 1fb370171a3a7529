using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Diagnostics
{
    /// <summary>The factories of <see cref="Diagnose"/> and the registry of <see cref="DiagnosticCatalog"/> belong together, and nothing else makes a diagnostic.</summary>
    public class DiagnoseTests
    {
        private static readonly MethodInfo[] Factories = typeof(Diagnose)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.ReturnType == typeof(DiagnosticMessage))
            .ToArray();

        [Fact]
        public void Every_descriptor_of_the_catalog_has_a_factory_and_every_factory_makes_a_message_its_format_fills()
        {
            var made = new HashSet<string>(StringComparer.Ordinal);
            foreach (var factory in Factories)
            {
                var message = (DiagnosticMessage)factory.Invoke(null, factory.GetParameters().Select(parameter => Sample(parameter.ParameterType)).ToArray())!;
                var highest = Regex.Matches(message.Descriptor.English.MessageFormat, @"(?<!\{)\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value)).DefaultIfEmpty(-1).Max();

                Assert.True(highest + 1 == message.Arguments.Count, $"{factory.Name} gives {message.Arguments.Count} arguments to {message.Descriptor.Id}, whose format takes {highest + 1}");
                Assert.NotEmpty(message.TextIn(PlanLanguage.English));
                Assert.NotEmpty(message.TextIn(PlanLanguage.Swedish));
                made.Add(message.Descriptor.Id);
            }

            Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id), made.OrderBy(id => id, StringComparer.Ordinal));
        }

        [Fact]
        public void Only_the_factories_make_messages_and_only_from_messages_are_diagnostics_made()
        {
            var language = Path.Combine(Repository.Root, "src", "DslPlanning.Language");
            var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "analyzers"), "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            foreach (var path in sources)
            {
                var text = File.ReadAllText(path);
                var inDiagnostics = path.StartsWith(Path.Combine(language, "Diagnostics"), StringComparison.Ordinal);
                Assert.False(!inDiagnostics && Regex.IsMatch(text, @"new\s+(Diagnostic|DiagnosticMessage)\s*\("), path + " makes a diagnostic without a factory of Diagnose");
                Assert.False(!inDiagnostics && text.Contains(".FormatMessage(", StringComparison.Ordinal), path + " formats a message without a factory of Diagnose");
            }
        }

        public static TheoryData<DiagnosticMessage, string> Messages => new()
        {
            { Diagnose.NameRangeNotAllowed("high..low", inList: true), "The range high..low is invalid: a range of names is only allowed where goals are named (serves)" },
            { Diagnose.NameRangeNotAllowed("A..B", inList: false), "The range A..B is invalid: a single name is expected here, not a range" },
            { Diagnose.NameRangeEndsDiffer("G2.1..H.3", "G2.1", "G2"), "The range G2.1..H.3 is invalid: both ends must differ only in their last number (e.g. G2.1..G2.9)" },
            { Diagnose.NameRangeEndsBeforeStart("G2.3..1", start: "G2.3", end: "G2.1"), "The range G2.3..1 is invalid: it ends before it starts; write G2.1..G2.3" },
            { Diagnose.InvalidDay("2023-02-30", daysInMonth: 28), "'2023-02-30' is not a valid date: the day must be 01 to 28 in that month" },
            { Diagnose.InvalidDayOfYear("02-30"), "'02-30' is not a valid date: write the month (01–12), '-', and a day of that month" },
            { Diagnose.MissingClosingBrace("action A", beforeLine: 12), "The block of action A that opens here is not closed before line 12; add '}'" },
            { Diagnose.ExceptionApplied("SP4030", findings: 1, "särskilda skäl"), "Justified exception: SP4030 is not reported here (1 finding) because: särskilda skäl" },
            { Diagnose.UnknownPlan("VästerbottenRS", didYouMean: "VästerbottenRSP"),
                "Unknown plan 'VästerbottenRS' (did you mean 'VästerbottenRSP'?); add the plan's file to the compilation or correct the name" },
            { Diagnose.UnknownReference("goal or area", "Krokm.G1", inPlan: null, didYouMean: null, unknownPlan: "Krokm", closestPlan: "Krokom"),
                "Unknown goal or area 'Krokm.G1'; no plan named 'Krokm' is compiled together with this one (did you mean 'Krokom'?)" },
            { Diagnose.OverBudget("RegionJH", new[] { 2023, 2024, 2026 }, 2024, new Money(decimal.MaxValue), new[] { ("A", new Money(1m)) }, new Money(decimal.MaxValue), new Money(5m)),
                "Funder RegionJH is committed beyond its budget in 2023–2024, 2026: in 2024 it is committed more than 79 228 162 514 264 337 593 543 950 335 kr (A 1 kr), an amount too large to compute above its budget of 5 kr; lower the commitments or raise the budget" },
        };

        [Theory]
        [MemberData(nameof(Messages))]
        public void Factories_word_each_form_of_a_message(DiagnosticMessage message, string text) => Assert.Equal(text, message.Text);

        [Fact]
        public void A_message_that_asks_did_you_mean_carries_the_replacement_and_one_that_does_not_carries_none()
        {
            Assert.Equal(new Suggestion("VästerbottenRS", "VästerbottenRSP"), Diagnose.UnknownPlan("VästerbottenRS", didYouMean: "VästerbottenRSP").Suggestion);
            Assert.Equal(new Suggestion("fuel-dist", "fuel-distance"), Diagnose.NotAFact("fuel-dist", "a store", didYouMean: "fuel-distance", new[] { "fuel-distance" }).Suggestion);
            Assert.Null(Diagnose.UnknownPlan("X", didYouMean: null).Suggestion);
            Assert.Null(Diagnose.NotAFact("turnover", "a store", didYouMean: "turnovers", new[] { "turnovers" }, factOf: new[] { "operating-aid" }).Suggestion);
            Assert.Null(Diagnose.UnknownRuleInException("SP1002", isRule: true, didYouMean: "SP1003").Suggestion);
        }

        [Fact]
        public void A_diagnostic_made_from_a_message_keeps_its_suggestion()
        {
            var location = new SourceLocation("plans/krokom.plan", new TextSpan(0, 1), new LinePosition(0, 0), new LinePosition(0, 1));

            var diagnostic = Diagnostic.Create(Diagnose.UnknownPriority("hgh", "A", new[] { "high", "low" }, didYouMean: "high"), location);

            Assert.Equal(new Suggestion("hgh", "high"), diagnostic.Suggestion);
        }

        /// <summary>A value of each parameter type the factories take.</summary>
        private static object? Sample(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                return Sample(underlying);
            }

            if (type.IsGenericType && type.GetGenericArguments().Length == 1 && type.IsInterface)
            {
                var element = type.GetGenericArguments()[0];
                var array = Array.CreateInstance(element, 2);
                array.SetValue(Sample(element), 0);
                array.SetValue(Sample(element), 1);
                return array;
            }

            if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
            {
                return Activator.CreateInstance(type, type.GetGenericArguments().Select(Sample).ToArray());
            }

            return type switch
            {
                _ when type == typeof(string) => "Kluk",
                _ when type == typeof(Phrase) => Phrase.Of("a word", "ett ord"),
                _ when type == typeof(int) => 2024,
                _ when type == typeof(long) => 12_000_000L,
                _ when type == typeof(decimal) => 12m,
                _ when type == typeof(bool) => true,
                _ when type == typeof(char) => '\u202E',
                _ when type == typeof(byte) => (byte)0xE5,
                _ when type == typeof(Money) => new Money(50_000m),
                _ when type == typeof(Percent) => new Percent(50m),
                _ when type == typeof(YearRange) => new YearRange(2023, 2030),
                _ when type == typeof(Distance) => new Distance(10m),
                _ when type == typeof(WeeklyHours) => new WeeklyHours(40m),
                _ when type == typeof(PlanDate) => new PlanDate(2026, 11, 24),
                _ when type == typeof(Quantity) => new Quantity(3m, QuantityUnit.Count),
                _ when type == typeof(Cost) => new Cost(new Money(200m), Comparison.Exactly, new ValueList<CostUnit>(new[] { CostUnit.Delivery }), null, null),
                _ when type == typeof(SourceLocation) => new SourceLocation("plans/krokom.plan", new TextSpan(0, 1), new LinePosition(0, 0), new LinePosition(0, 1)),
                _ when type == typeof(Exception) => new InvalidOperationException("boom"),
                _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
                _ => throw new NotSupportedException("no sample value of " + type),
            };
        }
    }
}
