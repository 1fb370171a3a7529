using System.Collections.Generic;
using DslPlanning.Language.Emit;
using DslPlanning.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DslPlanning.Analyzers
{
    /// <summary>The MSBuild properties DslPlanning reads (made visible to the compiler by build/DslPlanning.props).</summary>
    internal sealed record BuildOptions(PlanDate? AsOf, string Namespace, bool WarningsAsErrors, ValueList<BuildOptions.Problem> Problems)
    {
        public const string AsOfProperty = "DslPlanningAsOf";
        public const string NamespaceProperty = "DslPlanningNamespace";
        public const string WarningsAsErrorsProperty = "DslPlanningWarningsAsErrors";

        /// <summary>A property with a value that cannot be used: its name, value, what it should be and what happens instead.</summary>
        public sealed record Problem(string Property, string Value, string Expected, string Consequence);

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
                    problems.Add(new Problem(AsOfProperty, asOfText, "a date written yyyy-MM-dd", "checks that depend on the date are skipped"));
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
                    $"a C# namespace (names of letters, digits and '_' separated by '.', none of them a C# keyword, at most {CSharpNames.MaxNamespaceLength} characters)",
                    "the plans are generated in " + PlanEmitter.DefaultNamespace));
                @namespace = PlanEmitter.DefaultNamespace;
            }

            var strictText = Get(options, WarningsAsErrorsProperty);
            var strict = false;
            if (strictText.Length > 0 && !bool.TryParse(strictText, out strict))
            {
                problems.Add(new Problem(WarningsAsErrorsProperty, strictText, "true or false", "warnings stay warnings"));
            }

            return new BuildOptions(asOf, @namespace, strict, problems.ToValueList());
        }

        private static string Get(AnalyzerConfigOptions options, string property) =>
            options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;
    }
}
