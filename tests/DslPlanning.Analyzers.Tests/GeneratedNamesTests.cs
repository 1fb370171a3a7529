using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Emit;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SymbolKind = DslPlanning.Language.Semantics.SymbolKind;

namespace DslPlanning.Analyzers.Tests
{
    /// <summary>
    /// Every plan without errors compiles to C#, warning-free with nullable enabled, whatever its names: C# keywords of
    /// every kind, names the generated code or every C# object already uses, names that start with a digit, the longest
    /// names and namespaces. Names that would become one C# name are SP1019, and are not generated.
    /// </summary>
    public class GeneratedNamesTests
    {
        /// <summary>Every keyword Roslyn knows, reserved and contextual.</summary>
        private static IEnumerable<string> RoslynKeywords =>
            SyntaxFacts.GetReservedKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(text => text.Length > 0);

        private static (string Path, string Text) PlanNamed(string name, int index) => ($"/p/p{index:D3}.plan", HostileNames.PlanNamed(name, index));

        /// <summary>Ordinary C# in a file that imports the generated namespace: no plan class may change what its keywords mean.</summary>
        private const string CodeThatImportsThePlans = """
            using System.Linq;
            using DslPlanning.Plans;

            namespace User
            {
                public static class Code
                {
                    public static int Uses(int[] numbers, object? value)
                    {
                        var count = numbers.Length;
                        nint size = count;
                        _ = nameof(count);
                        var query = from number in numbers where number > 0 select number;
                        return value is not null and not string ? query.Count() + (int)size : 0;
                    }

                    public static T Constrained<T>(T item) where T : notnull => item;

                    public static T Unmanaged<T>(T item) where T : unmanaged => item;

                    public static int Plans => PlanCatalog.All.Count;
                }

                public record Entry(int Value)
                {
                    public int Other { get; init; }

                    public Entry Changed() => this with { Value = 1 };
                }
            }
            """;

        private static readonly SymbolKind[] PlanMemberKinds = { SymbolKind.Actor, SymbolKind.Funder, SymbolKind.Level, SymbolKind.Place, SymbolKind.Area, SymbolKind.Action };

        [Fact]
        public void The_reserved_keywords_are_Roslyns_and_every_keyword_is_written_verbatim()
        {
            var reserved = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToHashSet();

            Assert.True(reserved.SetEquals(CSharpNames.ReservedKeywords), "differ: " + string.Join(", ", reserved.Except(CSharpNames.ReservedKeywords).Concat(CSharpNames.ReservedKeywords.Except(reserved))));
            Assert.All(RoslynKeywords, keyword => Assert.Equal("@" + keyword, CSharpNames.Escaped(keyword)));
        }

        [Theory]
        [InlineData(LanguageVersion.Latest)]
        [InlineData(LanguageVersion.CSharp9)]
        public void Plans_and_elements_with_hostile_names_compile_warning_free_leave_code_that_imports_them_alone_and_rebuild_their_models(LanguageVersion version)
        {
            // Every keyword on the latest C#; on the oldest C# the generated code supports, the other shapes suffice.
            // Names that become one class (Equals and equals) are compiled in separate rounds.
            var rounds = HostileNames.All.Concat(version == LanguageVersion.Latest ? RoslynKeywords : Enumerable.Empty<string>()).Distinct()
                .GroupBy(CSharpNames.PlanClass)
                .SelectMany(sameClass => sameClass.Select((name, round) => (name, round)))
                .GroupBy(entry => entry.round, entry => entry.name);
            foreach (var names in rounds.Select(round => round.ToList()))
            {
                CompilesAndRebuildsTheModels(names, version);
            }
        }

        private static void CompilesAndRebuildsTheModels(IReadOnlyList<string> names, LanguageVersion version)
        {
            var files = names.Select(PlanNamed).ToArray();
            var bound = PlanCompilation.Create(files);
            var errors = bound.Diagnostics.Where(diagnostic => diagnostic.Severity == Language.Diagnostics.DiagnosticSeverity.Error);
            Assert.True(!errors.Any(), string.Join("\n", errors));

            var result = RoslynHost.Driver(files, version: version).RunGenerators(RoslynHost.Compilation(version)).GetRunResult();

            Assert.Null(result.Results.Single().Exception);
            var compilation = RoslynHost.Compilation(version, CodeThatImportsThePlans).AddSyntaxTrees(result.GeneratedTrees);
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            var reported = emitted.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
            Assert.True(emitted.Success && !reported.Any(), string.Join("\n", reported.Take(10)));
            var assembly = Assembly.Load(stream.ToArray());
            var models = bound.Models.ToDictionary(plan => plan.Name);

            // The hostile names as the binder reads them (in NFC: A + U+030A is Å): those of the municipal plans.
            foreach (var name in bound.Models.Where(model => model.Kind == PlanKind.Municipal).Select(model => model.Name))
            {
                var planClass = assembly.GetType("DslPlanning.Plans." + CSharpNames.PlanClass(name));
                Assert.True(planClass is not null, "no class for plan " + name);
                Assert.Equal(models[name], planClass.GetProperty("Plan")!.GetValue(null));
                foreach (var kind in PlanMemberKinds)
                {
                    var members = planClass.GetNestedType(CSharpNames.MemberClass(kind));
                    Assert.True(members is not null, $"no {CSharpNames.MemberClass(kind)} in plan {name}");
                    Assert.True(members.GetProperty(CSharpNames.Member(kind, name)) is not null, $"no {kind} {name}");
                }
            }
        }

        [Fact]
        public void The_names_CSharp_code_writes_are_the_plan_names_where_CSharp_allows()
        {
            var names = new[] { "storuman", "record", "__arglist", "Plan", "1.1", "Kro-kom", "Goals", "ToString", "_" };
            var result = RoslynHost.Driver(names.Select(PlanNamed)).RunGenerators(RoslynHost.Compilation()).GetRunResult();
            using var stream = new MemoryStream();
            Assert.True(RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).Emit(stream).Success);
            var assembly = Assembly.Load(stream.ToArray());

            string[] Members(string planClass, string kind) =>
                assembly.GetType($"DslPlanning.Plans.{planClass}+{kind}")!.GetProperties().Select(property => property.Name).ToArray();

            Assert.Equal(new[] { "storuman" }, Members("Storuman", "Actions"));
            Assert.Equal(new[] { "record" }, Members("Record", "Places"));
            Assert.Equal(new[] { "__arglist" }, Members("__Arglist", "Actors"));
            Assert.Equal(new[] { "_" }, Members("__", "Areas"));
            Assert.Equal(new[] { "Plan" }, Members("Plan_", "Places"));
            Assert.Equal(new[] { "_1_1" }, Members("_1_1", "Funders"));
            Assert.Equal(new[] { "Kro_kom" }, Members("Kro_kom", "Levels"));
            Assert.Equal(new[] { "Goals" }, Members("Goals_", "Areas"));
            Assert.Equal(new[] { "ToString_" }, Members("ToString", "Actions"));
        }

        [Theory]
        [InlineData("record.file.scoped.var.global.DslModel._.Plans")]
        [InlineData("Krokom")]
        [InlineData("DslPlanning")]
        public void Any_valid_namespace_compiles_with_any_plan_names(string @namespace)
        {
            var files = new[] { "Krokom", "DslModel", "System", "record" }.Select(PlanNamed).ToArray();

            var generated = RoslynHost.Driver(files, RoslynHost.Properties(("DslPlanningNamespace", @namespace))).RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees;

            Assert.Contains(generated, tree => tree.ToString().Contains("namespace " + @namespace + "\n", StringComparison.Ordinal));
            var diagnostics = RoslynHost.Compilation().AddSyntaxTrees(generated).GetDiagnostics();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Take(10)));
        }

        [Fact]
        public void The_longest_namespace_with_the_longest_plan_and_element_names_stays_within_metadata_limits()
        {
            var @namespace = new string('名', CSharpNames.MaxNamespaceLength);
            var files = new[] { PlanNamed(new string('中', 128), 0) };

            var generated = RoslynHost.Driver(files, RoslynHost.Properties(("DslPlanningNamespace", @namespace))).RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees;

            Assert.Contains(generated, tree => tree.ToString().Contains("namespace " + @namespace + "\n", StringComparison.Ordinal));
            using var stream = new MemoryStream();
            var emitted = RoslynHost.Compilation().AddSyntaxTrees(generated).Emit(stream);
            Assert.True(emitted.Success && emitted.Diagnostics.IsEmpty, string.Join("\n", emitted.Diagnostics.Take(10)));
        }

        [Theory]
        [InlineData("__arglist")]
        [InlineData("Plans.__makeref")]
        [InlineData("int")]
        [InlineData("@class")]
        [InlineData("A..B")]
        public async Task An_invalid_namespace_is_reported_and_the_default_is_used(string @namespace)
        {
            var files = new[] { ("/p/a.plan", "regional plan A {\n}\n") };
            var properties = RoslynHost.Properties(("DslPlanningNamespace", @namespace));

            var diagnostic = Assert.Single(await RoslynHost.Analyze(files, properties), diagnostic => diagnostic.Id == "SP9002");
            var generated = RoslynHost.Driver(files, properties).RunGenerators(RoslynHost.Compilation()).GetRunResult().GeneratedTrees;

            Assert.Equal("SP9002", diagnostic.Id);
            Assert.Contains($"The build property DslPlanningNamespace is '{@namespace}', which is not a C# namespace", diagnostic.GetMessage());
            Assert.All(generated, tree => Assert.Contains("namespace DslPlanning.Plans\n", tree.ToString()));
            Assert.Empty(RoslynHost.Compilation().AddSyntaxTrees(generated).GetDiagnostics());
        }

        [Fact]
        public async Task Plans_that_become_one_class_are_reported_at_both_and_neither_is_generated()
        {
            var files = new[]
            {
                ("/p/a.plan", "municipal plan Kro_kom {\n}\n"),
                ("/p/b.plan", "municipal plan Kro-kom {\n}\n"),
                ("/p/c.plan", "municipal plan Krokom {\n}\n"),
            };

            var diagnostics = (await RoslynHost.Analyze(files)).Where(diagnostic => diagnostic.Id == "SP1019");
            var result = RoslynHost.Driver(files).RunGenerators(RoslynHost.Compilation()).GetRunResult();

            Assert.Equal(
                new[] { ("SP1019", "/p/a.plan", 0), ("SP1019", "/p/b.plan", 0) },
                diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line)).OrderBy(entry => entry.Path));
            Assert.Equal(new[] { "Krokom" }, ClassesOf(result));
            Assert.Empty(RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics());
        }

        [Fact]
        public void A_plan_with_elements_that_become_one_member_is_not_generated()
        {
            var result = RoslynHost.Driver(new[] { ("/p/a.plan", "regional plan A {\n  goal 1.1\n  goal 1_1\n}\n"), ("/p/b.plan", "regional plan B {\n  goal 1.1\n}\n") })
                .RunGenerators(RoslynHost.Compilation()).GetRunResult();

            Assert.Equal(new[] { "B" }, ClassesOf(result));
            Assert.Empty(RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics());
        }

        [Fact]
        public void A_plans_generated_code_does_not_depend_on_the_names_of_the_other_plans()
        {
            var krokom = ("/p/m.plan", "municipal plan Kro_kom {\n  goal G1\n  place Kluk\n}\n");

            string Generated(params (string Path, string Text)[] others) => RoslynHost.Driver(others.Prepend(krokom))
                .RunGenerators(RoslynHost.Compilation()).GetRunResult().Results.Single().GeneratedSources
                .Single(source => source.HintName.StartsWith("Plan.Kro_kom.", StringComparison.Ordinal)).SourceText.ToString();

            var alone = Generated();
            Assert.Equal(alone, Generated(("/p/a.plan", "municipal plan Kro_kom_2 {\n}\n"), ("/p/b.plan", "municipal plan Akro_kom {\n}\n")));
            Assert.Equal(alone, Generated(("/p/z.plan", "municipal plan Kro_kom_ {\n  goal G1\n}\n"), ("/p/0.plan", "municipal plan _Kro_kom {\n}\n")));
            Assert.Contains("public static partial class Kro_kom\n", alone);
        }

        [Fact]
        public void Plans_whose_names_differ_only_in_case_or_in_non_ASCII_letters_are_all_generated()
        {
            var names = new[] { "Krokom", "KROKOM", "Åsele", "Äsele", new string('x', 127) + "a", new string('x', 127) + "A" };

            var result = RoslynHost.Driver(names.Select((name, index) => ($"/p/{index}.plan", $"regional plan {name} {{\n}}\n"))).RunGenerators(RoslynHost.Compilation()).GetRunResult();

            Assert.Null(result.Results.Single().Exception);
            Assert.Equal(names.Select(CSharpNames.PlanClass).OrderBy(name => name, StringComparer.Ordinal), ClassesOf(result));
            Assert.Empty(RoslynHost.Compilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics());
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, "7.3")]
        [InlineData(LanguageVersion.CSharp8, "8.0")]
        public async Task A_project_with_CSharp_older_than_9_gets_SP9003_once_and_no_generated_code(LanguageVersion version, string shown)
        {
            var files = new[] { ("/p/a.plan", "regional plan A {\n  goal 1.1\n}\n"), ("/p/b.plan", "regional plan B {\n}\n") };

            var diagnostic = Assert.Single(await RoslynHost.Analyze(files, version: version), diagnostic => diagnostic.Id == "SP9003");
            var result = RoslynHost.Driver(files, version: version).RunGenerators(RoslynHost.Compilation(version)).GetRunResult();

            Assert.Equal("SP9003", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(Location.None, diagnostic.Location);
            Assert.Equal(
                $"The project compiles C# {shown}, but the C# generated from its plans needs C# 9.0 or later, so no plan was compiled to C#; set <LangVersion>9.0</LangVersion> (or later) in the project file",
                diagnostic.GetMessage());
            Assert.Empty(result.GeneratedTrees);
        }

        [Fact]
        public async Task A_project_without_plans_gets_no_SP9003_whatever_its_CSharp_version()
        {
            Assert.DoesNotContain(await RoslynHost.Analyze(Array.Empty<(string, string)>(), version: LanguageVersion.CSharp7_3), diagnostic => diagnostic.Id == "SP9003");
        }

        private static IEnumerable<string> ClassesOf(GeneratorDriverRunResult result) =>
            result.GeneratedTrees
                .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
                .Where(type => type.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax && type.Identifier.ValueText != CSharpNames.CatalogClass)
                .Select(type => type.Identifier.ValueText)
                .OrderBy(name => name, StringComparer.Ordinal);
    }
}
