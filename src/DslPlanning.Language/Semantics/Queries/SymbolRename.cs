using System;
using System.Linq;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>
    /// Renaming a plan or an element: the declaration and every written reference change (for an element of another plan
    /// the member part of <c>Plan.member</c>, for a plan the names in <c>follows</c> and the plan part of qualified names),
    /// unless the new name would not read as the same reference, or would name something else too.
    /// </summary>
    internal static class SymbolRename
    {
        public static RenameResult Plan(SymbolQueries queries, PlanCompilation compilation, SymbolKey symbol, string newName)
        {
            if (symbol is RuleKey rule)
            {
                return RenameResult.Refused($"{rule.Id} is the ID of a rule of the checker; a plan cannot rename it.");
            }

            if (queries.Declaration(symbol) is null)
            {
                return RenameResult.Refused($"No plan declares the {symbol.Describe()}, so there is nothing to rename.");
            }

            if (NotAName(newName) is { } notAName)
            {
                return RenameResult.Refused(notAName);
            }

            var name = Scanner.NameText(newName, 0, newName.Length);
            if (name == (symbol as PlanKey)?.Name || name == (symbol as ElementKey)?.Name)
            {
                return RenameResult.Edited(ValueList<FileEdits>.Empty);
            }

            var clash = symbol is PlanKey ? PlanClash(compilation, name) : ElementClash(compilation, (ElementKey)symbol, name);
            if (clash is not null)
            {
                return RenameResult.Refused(clash);
            }

            var occurrences = queries.References(symbol, includeDeclaration: true);
            if (occurrences.FirstOrDefault(occurrence => occurrence.Range is not null) is { Range: { } range } inRange)
            {
                var source = compilation.SyntaxTrees.First(tree => tree.Text.Path == inRange.Path).Text;
                return RenameResult.Refused(
                    $"The {symbol.Describe()} is part of the range {source.ToString(range)} ({Where(source, range)}): with a new name the range would stand for "
                    + "other goals. Write the range's goals out one by one first.");
            }

            return RenameResult.Edited(occurrences
                .GroupBy(occurrence => occurrence.Path, StringComparer.Ordinal)
                .OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new FileEdits(file.Key, file.Select(occurrence => new TextChange(occurrence.Span, name)).Distinct().OrderBy(change => change.Span.Start).ToValueList()))
                .ToValueList());
        }

        /// <summary>Why <paramref name="text"/> cannot be a name, by the scanner's own rules, or null when it can.</summary>
        private static string? NotAName(string text)
        {
            if (text.Length == 0)
            {
                return "The new name is empty.";
            }

            if (Scanner.ScanName(text, 0) != text.Length)
            {
                return $"'{PrintableText.Escape(text)}' is not a name: a name is letters, digits and '_', in parts joined by '.' or '-', with no spaces "
                    + "(such as RegionJH, Hemsändning or 3.1).";
            }

            return text.Length > SizeLimits.MaxNameLength ? $"The new name is longer than the {SizeLimits.MaxNameLength} characters a name may have." : null;
        }

        private static string? PlanClash(PlanCompilation compilation, string name)
        {
            if (name.IndexOf('.') >= 0)
            {
                return $"A plan's name cannot contain '.': '{PrintableText.Escape(name)}' would read as an element of another plan (Plan.name).";
            }

            return compilation.FindPlan(name) is { } other ? $"There is already a plan named {PrintableText.Escape(name)} ({Where(other.Tree.Text, other.Syntax.Name.Span)})." : null;
        }

        private static string? ElementClash(PlanCompilation compilation, ElementKey element, string name)
        {
            var dot = name.IndexOf('.');
            if (dot > 0 && compilation.FindPlan(name.Substring(0, dot)) is not null)
            {
                return $"'{PrintableText.Escape(name)}' would read as {PrintableText.Escape(name.Substring(dot + 1))} of the plan {PrintableText.Escape(name.Substring(0, dot))}: choose a name that does not begin with a plan's name and '.'.";
            }

            if (Scanner.IsDigit(name[0]) && ReadAsNumber(element.Kind, PrintableText.Escape(name), wholeNumber: name.All(Scanner.IsDigit)) is { } number)
            {
                return number;
            }

            var plan = compilation.FindPlan(element.Plan)!;
            var existing = plan.Symbols.FindAnyKind(name).FirstOrDefault(symbol => Symbol.Namespace(symbol.Kind) == Symbol.Namespace(element.Kind));
            if (existing is null)
            {
                return null;
            }

            var shared = existing.Kind != element.Kind ? " (areas and goals share their names)" : string.Empty;
            return $"The plan {plan.Name} already has {Symbol.WithArticle(existing.Kind)} named {PrintableText.Escape(name)} ({Where(existing.Source, existing.Declaration.Name.Span)}){shared}.";
        }

        /// <summary>
        /// Why a name that begins with a digit cannot name an element of the kind: where the grammar takes any value
        /// (<c>ValueGrammar.Value</c>), a digit starts a number. A level is such a value after <c>level</c>, where a whole
        /// number is its key; an actor, funder and place after a subsidy's <c>recipient</c>, <c>paid-by</c> and <c>place</c>.
        /// </summary>
        private static string? ReadAsNumber(SymbolKind kind, string name, bool wholeNumber) => kind switch
        {
            SymbolKind.Level when !wholeNumber => $"A level is written after 'level' as a number (3) or as a name that begins with a letter (servicenod); '{name}' is neither.",
            SymbolKind.Actor => $"An actor's name begins with a letter: after 'recipient' in a subsidy, '{name}' would read as a number.",
            SymbolKind.Funder => $"A funder's name begins with a letter: after 'paid-by' in a subsidy, '{name}' would read as a number.",
            SymbolKind.Place => $"A place's name begins with a letter: after 'place' in a subsidy, '{name}' would read as a number.",
            _ => null,
        };

        /// <summary>"krokom.plan, line 12".</summary>
        private static string Where(SourceText source, TextSpan span) =>
            $"{System.IO.Path.GetFileName(source.Path)}, line {source.GetLinePosition(span.Start).Line + 1}";
    }
}
