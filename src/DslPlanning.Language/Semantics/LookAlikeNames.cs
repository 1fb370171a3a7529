using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

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
            foreach (var diagnostic in LookAlikeIndex.Build(plans).Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        /// <summary>The diagnostic of a declared name that looks like <paramref name="other"/>, the first name of its look, but is not the same.</summary>
        internal static Diagnostic LooksLike(Declaration declaration, Declaration other)
        {
            var (what, name, source) = (declaration.What, declaration.Name, declaration.Source);
            var location = other.Source.GetLocation(other.Name.Span);
            var where = other.Source == source
                ? Phrase.Of("line ", "rad ") + (location.Start.Line + 1).ToString(CultureInfo.InvariantCulture)
                : location.ToString();
            return Diagnostic.Create(
                Diagnose.ConfusableName(what, name.Text, other.What, other.Name.Text, otherWhere: where, difference: Difference(name.Text, other.Name.Text)),
                source.GetLocation(name.Span));
        }

        /// <summary>The names one plan declares, itself first, in the order of the text, with their look (<see cref="Confusables.Skeleton"/>).</summary>
        internal static IReadOnlyList<Declaration> DeclarationsOf(BoundPlan plan) =>
            plan.Symbols.All
                .Select(symbol => (What: KindNouns.BeforeName(symbol.Kind), symbol.Declaration.Name))
                .Prepend((What: Phrase.Of("plan", "planen"), plan.Syntax.Name))
                .OrderBy(declaration => declaration.Name.Span.Start)
                .Select(declaration => new Declaration(declaration.What, declaration.Name, plan.Tree.Text, Confusables.Skeleton(declaration.Name.Text)))
                .ToList();

        /// <summary>The first characters where the two names differ: "'К' (U+041A) where the other has 'K' (U+004B)".</summary>
        private static Phrase Difference(string name, string other)
        {
            var index = 0;
            while (index < name.Length && index < other.Length && name[index] == other[index])
            {
                index++;
            }

            return index < name.Length && index < other.Length
                ? $"'{name[index]}' ({Code(name[index])})" + Phrase.Of(" where the other has ", " där det andra har ") + $"'{other[index]}' ({Code(other[index])})"
                : Phrase.Of("they differ in characters that cannot be seen", "de skiljer sig åt i tecken som inte syns");
        }

        private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>A declared name: what it names, where, and its look.</summary>
    internal sealed record Declaration(Phrase What, NameSyntax Name, SourceText Source, string Skeleton)
    {
        /// <summary>The order of the files and of the text.</summary>
        public static int Compare(Declaration left, Declaration right)
        {
            var byPath = string.CompareOrdinal(left.Source.Path, right.Source.Path);
            return byPath != 0 ? byPath : left.Name.Span.Start.CompareTo(right.Name.Span.Start);
        }
    }
}
