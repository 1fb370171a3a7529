using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Reports declared names that look like another declared name of the compilation but are not the same
    /// (<see cref="Confusables"/>): plans, actors, funders, places, levels, areas, goals and actions. Each is reported
    /// at the later declaration, naming the first one of that look and where it is.
    /// </summary>
    internal static class LookAlikeNames
    {
        public static void Report(IReadOnlyList<BoundPlan> plans, ICollection<Diagnostic> diagnostics)
        {
            var first = new Dictionary<string, (string What, NameSyntax Name, SourceText Source)>(StringComparer.Ordinal);
            foreach (var (what, name, source) in Declarations(plans))
            {
                var skeleton = Confusables.Skeleton(name.Text);
                if (!first.TryGetValue(skeleton, out var other))
                {
                    first.Add(skeleton, (what, name, source));
                }
                else if (other.Name.Text != name.Text)
                {
                    var location = other.Source.GetLocation(other.Name.Span);
                    var where = other.Source == source
                        ? "line " + (location.Start.Line + 1).ToString(CultureInfo.InvariantCulture)
                        : location.ToString();
                    diagnostics.Add(Diagnostic.Create(
                        Diagnose.ConfusableName(what, name.Text, other.What, other.Name.Text, otherWhere: where, difference: Difference(name.Text, other.Name.Text)),
                        source.GetLocation(name.Span)));
                }
            }
        }

        /// <summary>Every declared name, in the order of the files and of the text.</summary>
        private static IEnumerable<(string What, NameSyntax Name, SourceText Source)> Declarations(IReadOnlyList<BoundPlan> plans) =>
            plans
                .SelectMany(plan => plan.Symbols.All
                    .Select(symbol => (What: Symbol.Describe(symbol.Kind), symbol.Declaration.Name, plan.Tree.Text))
                    .Prepend(("plan", plan.Syntax.Name, plan.Tree.Text)))
                .OrderBy(declaration => declaration.Text.Path, StringComparer.Ordinal)
                .ThenBy(declaration => declaration.Name.Span.Start);

        /// <summary>The first characters where the two names differ: "'К' (U+041A) where the other has 'K' (U+004B)".</summary>
        private static string Difference(string name, string other)
        {
            var index = 0;
            while (index < name.Length && index < other.Length && name[index] == other[index])
            {
                index++;
            }

            return index < name.Length && index < other.Length
                ? $"'{name[index]}' ({Code(name[index])}) where the other has '{other[index]}' ({Code(other[index])})"
                : "they differ in characters that cannot be seen";
        }

        private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
