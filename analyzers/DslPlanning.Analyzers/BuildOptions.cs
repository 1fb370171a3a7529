using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Emit;
using DslPlanning.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DslPlanning.Analyzers
{
    /// <summary>The MSBuild properties DslPlanning reads (made visible to the compiler by build/DslPlanning.props).</summary>
    internal sealed record BuildOptions(PlanDate? AsOf, string Namespace, bool WarningsAsErrors, PlanLanguage Language, ValueList<BuildOptions.Problem> Problems)
    {
        public const string AsOfProperty = "DslPlanningAsOf";
        public const string NamespaceProperty = "DslPlanningNamespace";
        public const string WarningsAsErrorsProperty = "DslPlanningWarningsAsErrors";
        public const string LanguageProperty = "DslPlanningLanguage";

        /// <summary>The build's user interface language: <c>-p:PreferredUILang=sv</c>, or set by the .NET CLI from <c>DOTNET_CLI_UI_LANGUAGE</c>.</summary>
        public const string UILanguageProperty = "PreferredUILang";

        /// <summary>A property with a value that cannot be used: its name, value, what it should be and what happens instead.</summary>
        public sealed record Problem(string Property, string Value, Phrase Expected, Phrase Consequence);

        public static BuildOptions From(AnalyzerConfigOptions options)
        {
            var problems = new List<Problem>();

            PlanDate? asOf = null;
            var asOfText = Get(options, AsOfProperty);
            if (asOfText.Length > 0)
            {
                if (PlanDate.Parse(asOfText) is { } date)
                {
                    asOf = date;
                }
                else
                {
                    problems.Add(new Problem(
                        AsOfProperty, asOfText,
                        Phrase.Of("a date written yyyy-MM-dd", "ett datum skrivet åååå-MM-dd"),
                        Phrase.Of("checks that depend on the date are skipped", "kontroller som beror på datumet hoppas över")));
                }
            }

            var @namespace = Get(options, NamespaceProperty);
            if (@namespace.Length == 0)
            {
                @namespace = PlanEmitter.DefaultNamespace;
            }
            else if (!CSharpNames.IsValidNamespace(@namespace))
            {
                problems.Add(new Problem(
                    NamespaceProperty, @namespace,
                    Phrase.Of(
                        $"a C# namespace (names of letters, digits and '_' separated by '.', none of them a C# keyword, at most {CSharpNames.MaxNamespaceLength} characters)",
                        $"ett C#-namnområde (namn av bokstäver, siffror och '_' åtskilda av '.', inget av dem ett nyckelord i C#, högst {CSharpNames.MaxNamespaceLength} tecken)"),
                    Phrase.Of("the plans are generated in ", "planerna genereras i ") + PlanEmitter.DefaultNamespace));
                @namespace = PlanEmitter.DefaultNamespace;
            }

            var strictText = Get(options, WarningsAsErrorsProperty);
            var strict = false;
            if (strictText.Length > 0 && !bool.TryParse(strictText, out strict))
            {
                problems.Add(new Problem(
                    WarningsAsErrorsProperty, strictText, Phrase.Of("true or false", "true eller false"), Phrase.Of("warnings stay warnings", "varningar förblir varningar")));
            }

            var languageText = Get(options, LanguageProperty);
            if (languageText.Length > 0 && PlanLanguages.Parse(languageText) is null)
            {
                problems.Add(new Problem(
                    LanguageProperty, languageText, PlanLanguages.Choices,
                    Phrase.Of("the messages follow the build's user interface language", "meddelandena följer byggets språk för användargränssnittet")));
            }

            var language = PlanLanguages.Choose(languageText, Get(options, UILanguageProperty));
            return new BuildOptions(asOf, @namespace, strict, language, problems.ToValueList());
        }

        private static string Get(AnalyzerConfigOptions options, string property) =>
            options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;
    }
}
