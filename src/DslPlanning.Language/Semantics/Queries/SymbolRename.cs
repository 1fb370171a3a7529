using System;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>
    /// Renaming a plan or an element: the declaration and every written reference change (for an element of another plan
    /// the member part of <c>Plan.member</c>, for a plan the names in <c>follows</c> and the plan part of qualified names),
    /// unless the new name would not read as the same reference, or would name something else too. A refusal says why
    /// in English and Swedish, in the documents' words (plan, mål, insatsområde …).
    /// </summary>
    internal static class SymbolRename
    {
        public static RenameResult Plan(SymbolQueries queries, PlanCompilation compilation, SymbolKey symbol, string newName)
        {
            if (symbol is RuleKey rule)
            {
                return RenameResult.Refused(Phrase.Of(
                    $"{rule.Id} is the ID of a rule of the checker; a plan cannot rename it.",
                    $"{rule.Id} är ID för en av kontrollens regler; en plan kan inte byta namn på den."));
            }

            if (queries.Declaration(symbol) is null)
            {
                return RenameResult.Refused(Phrase.Of("No plan declares ", "Ingen plan deklarerar ") + Definite(symbol)
                    + Phrase.Of(", so there is nothing to rename.", ", så det finns inget att byta namn på."));
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

            if ((symbol is PlanKey ? PlanClash(compilation, name) : ElementClash(compilation, (ElementKey)symbol, name)) is { } clash)
            {
                return RenameResult.Refused(clash);
            }

            var occurrences = queries.References(symbol, includeDeclaration: true);
            if (occurrences.FirstOrDefault(occurrence => occurrence.Range is not null) is { Range: { } range } inRange)
            {
                var source = compilation.SyntaxTrees.First(tree => tree.Text.Path == inRange.Path).Text;
                return RenameResult.Refused(MessageText.Capitalized(Definite(symbol))
                    + Phrase.Of(" is part of the range ", " ingår i intervallet ") + source.ToString(range) + " (" + Where(source, range) + Phrase.Of(
                        "): with a new name the range would stand for other goals. Write the range's goals out one by one first.",
                        "): med ett nytt namn skulle intervallet stå för andra mål. Skriv först ut intervallets mål ett i taget."));
            }

            return RenameResult.Edited(occurrences
                .GroupBy(occurrence => occurrence.Path, StringComparer.Ordinal)
                .OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new FileEdits(file.Key, file.Select(occurrence => new TextChange(occurrence.Span, name)).Distinct().OrderBy(change => change.Span.Start).ToValueList()))
                .ToValueList());
        }

        /// <summary>Why <paramref name="text"/> cannot be a name, by the scanner's own rules, or null when it can.</summary>
        private static Phrase? NotAName(string text)
        {
            if (text.Length == 0)
            {
                return Phrase.Of("The new name is empty.", "Det nya namnet är tomt.");
            }

            if (Scanner.ScanName(text, 0) != text.Length)
            {
                return Phrase.Of(
                    $"'{PrintableText.Escape(text)}' is not a name: a name is letters, digits and '_', in parts joined by '.' or '-', with no spaces "
                    + "(such as RegionJH, Hemsändning or 3.1).",
                    $"'{PrintableText.Escape(text)}' är inget namn: ett namn består av bokstäver, siffror och '_', i delar som binds samman med '.' eller '-', "
                    + "utan mellanslag (som RegionJH, Hemsändning eller 3.1).");
            }

            var limit = MessageText.Number(SizeLimits.MaxNameLength);
            return text.Length > SizeLimits.MaxNameLength
                ? Phrase.Of($"The new name is longer than the {limit} characters a name may have.", $"Det nya namnet är längre än de {limit} tecken ett namn får ha.")
                : (Phrase?)null;
        }

        private static Phrase? PlanClash(PlanCompilation compilation, string name)
        {
            var printable = PrintableText.Escape(name);
            if (name.IndexOf('.') >= 0)
            {
                return Phrase.Of(
                    $"A plan's name cannot contain '.': '{printable}' would read as an element of another plan (Plan.name).",
                    $"En plans namn kan inte innehålla '.': '{printable}' skulle läsas som ett element i en annan plan (Plan.namn).");
            }

            return compilation.FindPlan(name) is { } other
                ? Phrase.Of($"There is already a plan named {printable} (", $"Det finns redan en plan som heter {printable} (") + Where(other.Tree.Text, other.Syntax.Name.Span) + ")."
                : (Phrase?)null;
        }

        private static Phrase? ElementClash(PlanCompilation compilation, ElementKey element, string name)
        {
            var dot = name.IndexOf('.');
            if (dot > 0 && compilation.FindPlan(name.Substring(0, dot)) is not null)
            {
                var (whole, member, plan) = (PrintableText.Escape(name), PrintableText.Escape(name.Substring(dot + 1)), PrintableText.Escape(name.Substring(0, dot)));
                return Phrase.Of(
                    $"'{whole}' would read as {member} of the plan {plan}: choose a name that does not begin with a plan's name and '.'.",
                    $"'{whole}' skulle läsas som {member} i planen {plan}: välj ett namn som inte börjar med en plans namn och '.'.");
            }

            if (Scanner.IsDigit(name[0]) && ReadAsNumber(element.Kind, PrintableText.Escape(name), wholeNumber: name.All(Scanner.IsDigit)) is { } number)
            {
                return number;
            }

            var owner = compilation.FindPlan(element.Plan)!;
            var existing = owner.Symbols.FindAnyKind(name).FirstOrDefault(symbol => Symbol.Namespace(symbol.Kind) == Symbol.Namespace(element.Kind));
            if (existing is null)
            {
                return null;
            }

            var shared = existing.Kind != element.Kind ? Phrase.Of(" (areas and goals share their names)", " (insatsområden och mål delar namn)") : Phrase.Empty;
            return Phrase.Of($"The plan {owner.Name} already has ", $"Planen {owner.Name} har redan ") + KindNouns.WithArticle(existing.Kind)
                + Phrase.Of(" named ", " som heter ") + PrintableText.Escape(name) + " (" + Where(existing.Source, existing.Declaration.Name.Span) + ")" + shared + ".";
        }

        /// <summary>
        /// Why a name that begins with a digit cannot name an element of the kind: where the grammar takes any value
        /// (<c>ValueGrammar.Value</c>), a digit starts a number. A level is such a value after <c>level</c>, where a whole
        /// number is its key; an actor, funder and place after a subsidy's <c>recipient</c>, <c>paid-by</c> and <c>place</c>.
        /// </summary>
        private static Phrase? ReadAsNumber(SymbolKind kind, string name, bool wholeNumber) => kind switch
        {
            SymbolKind.Level when !wholeNumber => Phrase.Of(
                $"A level is written after 'level' as a number (3) or as a name that begins with a letter (servicenod); '{name}' is neither.",
                $"En servicenivå skrivs efter 'level' som ett tal (3) eller som ett namn som börjar med en bokstav (servicenod); '{name}' är ingetdera."),
            SymbolKind.Actor => BeginsWithALetter(kind, "recipient", name),
            SymbolKind.Funder => BeginsWithALetter(kind, "paid-by", name),
            SymbolKind.Place => BeginsWithALetter(kind, "place", name),
            _ => (Phrase?)null,
        };

        /// <summary>"A funder's name begins with a letter: after 'paid-by' in a subsidy, '1_1' would read as a number." / "En finansiärs namn …".</summary>
        private static Phrase BeginsWithALetter(SymbolKind kind, string keyword, string name) =>
            MessageText.Capitalized(KindNouns.WithArticle(kind)) + Phrase.Of(
                $"'s name begins with a letter: after '{keyword}' in a subsidy, '{name}' would read as a number.",
                $"s namn börjar med en bokstav: efter '{keyword}' i en stödansökan skulle '{name}' läsas som ett tal.");

        /// <summary>"the goal 3.1" / "målet 3.1", "the plan R" / "planen R", "the rule SP5001" / "regeln SP5001".</summary>
        private static Phrase Definite(SymbolKey symbol) => symbol switch
        {
            ElementKey element => KindNouns.Definite(element.Kind) + " " + element.Name,
            PlanKey plan => Phrase.Of("the plan ", "planen ") + plan.Name,
            RuleKey rule => Phrase.Of("the rule ", "regeln ") + rule.Id,
            _ => "the " + symbol.Describe(),
        };

        /// <summary>"krokom.plan, line 12" / "krokom.plan, rad 12".</summary>
        private static Phrase Where(SourceText source, TextSpan span) =>
            System.IO.Path.GetFileName(source.Path) + Phrase.Of(", line ", ", rad ") + MessageText.Number(source.GetLinePosition(span.Start).Line + 1);
    }
}
