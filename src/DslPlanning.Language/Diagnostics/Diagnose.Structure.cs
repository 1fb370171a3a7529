using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1001–SP1004, SP1008–SP1014, SP1020, SP1021: names, references, values and plans compiled together.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1001: <paramref name="name"/> (a <paramref name="kind"/>) is already declared in <paramref name="plan"/> at <paramref name="line"/>, as <paramref name="earlierKind"/> when that is another kind.</summary>
        /// <param name="kind">As it stands before a name: "place" / "orten" (<see cref="Semantics.KindNouns.BeforeName(Semantics.SymbolKind)"/>).</param>
        /// <param name="earlierKind">With its article ("a goal" / "ett mål"), when the earlier declaration is of another kind; else null.</param>
        public static DiagnosticMessage DuplicateName(Phrase kind, string name, string plan, int line, Phrase? earlierKind) =>
            new(DiagnosticCatalog.DuplicateName, MessageText.Capitalized(kind), name, plan,
                MessageText.Number(line) + (earlierKind is { } earlier ? Phrase.Of(" (as ", " (som ") + earlier + ")" : Phrase.Empty));

        /// <summary>SP1002: no <paramref name="kinds"/> named <paramref name="name"/> (in <paramref name="inPlan"/> when another plan was searched).</summary>
        /// <param name="kinds">As they stand before a name: "goal or area" / "målet eller insatsområdet" (<see cref="Semantics.KindNouns.BeforeName(System.Collections.Generic.IEnumerable{Semantics.SymbolKind})"/>).</param>
        /// <param name="dashedRange">The name is a range of goals written with '-' (3.1-3.3).</param>
        /// <param name="unknownPlan">The plan the name's prefix names, when no such plan is compiled together (Krokm.G1); with the closest plan name.</param>
        public static DiagnosticMessage UnknownReference(
            Phrase kinds, string name, string? inPlan, string? didYouMean, bool dashedRange = false, string? unknownPlan = null, string? closestPlan = null) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownReference, Phrase.Of(kinds.English, MessageText.Capitalized(kinds.Swedish)), name,
                (inPlan is null ? Phrase.Empty : Phrase.Of(" in plan ", " i planen ") + inPlan) + MessageText.DidYouMean(didYouMean),
                "; " + (dashedRange ? Phrase.Of("a range of goals is written with '..' or '–', e.g. ", "ett intervall av mål skrivs med '..' eller '–', t.ex. ") + name.Replace("-", "..")
                    : unknownPlan is not null ? Phrase.Of($"no plan named '{unknownPlan}' is compiled together with this one", $"ingen plan med namnet '{unknownPlan}' kontrolleras tillsammans med den här") + MessageText.DidYouMean(closestPlan)
                    : Phrase.Of("declare it or correct the name", "deklarera elementet eller rätta namnet"))).Suggesting(name, didYouMean);

        /// <summary>SP1002: no plan named <paramref name="name"/> is compiled together with this one.</summary>
        public static DiagnosticMessage UnknownPlan(string name, string? didYouMean) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownReference, Phrase.Of("plan", "Planen"), name, MessageText.DidYouMean(didYouMean),
                Phrase.Of("; add the plan's file to the compilation or correct the name", "; ta med planens fil i kontrollen eller rätta namnet")).Suggesting(name, didYouMean);

        /// <summary>SP1003: <paramref name="plan"/> is also declared at <paramref name="other"/>.</summary>
        public static DiagnosticMessage DuplicatePlan(string plan, SourceLocation other) =>
            new(DiagnosticCatalog.DuplicatePlan, plan, other.ToString());

        /// <summary>SP1004: <paramref name="expected"/> ("an amount in kr" / "ett belopp i kr") here, <paramref name="found"/> ("the distance 3 km" / "avståndet 3 km") instead.</summary>
        public static DiagnosticMessage UnitMismatch(Phrase expected, Phrase found, string example) =>
            new(DiagnosticCatalog.UnitMismatch, expected, found, Phrase.Of(example, Quoted(example)));

        /// <summary>SP1008: <paramref name="word"/> is no <paramref name="category"/>; the words are <paramref name="words"/>.</summary>
        /// <param name="category">"organisation kind" / "organisationstyp": in Swedish a common-gender noun (Okänd organisationstyp).</param>
        public static DiagnosticMessage UnknownWord(Phrase category, string word, string? didYouMean, IEnumerable<string> words) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownWord, category, word, MessageText.DidYouMean(didYouMean), Keywords(words)).Suggesting(word, didYouMean);

        /// <summary>SP1009: <paramref name="keyword"/> is given again in <paramref name="block"/>; the first is at <paramref name="firstLine"/>.</summary>
        /// <param name="block">"plan Krokom" / "planen Krokom", "the store" / "butiken".</param>
        public static DiagnosticMessage DuplicateStatement(string keyword, Phrase block, int firstLine) =>
            new(DiagnosticCatalog.DuplicateStatement, keyword, block, MessageText.Number(firstLine));

        /// <summary>SP1010: <paramref name="fact"/> is no fact of <paramref name="owner"/> ("a store" / "en butik"), whose facts are <paramref name="facts"/>.</summary>
        /// <param name="factOf">What <paramref name="fact"/> is a fact of instead, when it is one; then no suggestion is made.</param>
        public static DiagnosticMessage NotAFact(string fact, Phrase owner, string? didYouMean, IEnumerable<string> facts, IEnumerable<string>? factOf = null) =>
            new DiagnosticMessage(DiagnosticCatalog.NotAFact, fact, owner,
                factOf is null ? MessageText.DidYouMean(didYouMean) : Phrase.Of(" (it is a fact of ", " (den hör till ") + KeywordsAnd(factOf.ToList()) + ")",
                Keywords(facts)).Suggesting(fact, factOf is null ? didYouMean : null);

        /// <summary>SP1011: <paramref name="name"/> is declared as <paramref name="declaredAs"/>, where <paramref name="expected"/> is expected.</summary>
        /// <param name="declaredAs">With its article: "an actor" / "en aktör".</param>
        /// <param name="expected">With its article: "a funder" / "en finansiär".</param>
        /// <param name="member">The name as declared, without its plan.</param>
        public static DiagnosticMessage WrongSymbolKind(string name, Phrase declaredAs, Phrase expected, string member) =>
            new(DiagnosticCatalog.WrongSymbolKind, name, Phrase.Of("declared as ", string.Empty) + declaredAs, expected,
                Phrase.Of("name ", "ange ") + expected + Phrase.Of($" here, or declare '{member}' as one", $" här, eller deklarera '{member}' även som ") + Phrase.Of(string.Empty, expected.Swedish));

        /// <summary>SP1012: the exception names <paramref name="id"/>, which is a rule no exception can suppress when <paramref name="isRule"/>, else no rule.</summary>
        public static DiagnosticMessage UnknownRuleInException(string id, bool isRule, string? didYouMean) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownRuleInException, id,
                isRule ? Phrase.Of(" that an exception can suppress (only the rules SP2xxx to SP5xxx can be)", " som ett undantag kan åsidosätta (det kan bara reglerna SP2xxx till SP5xxx)") : MessageText.DidYouMean(didYouMean)).Suggesting(id, isRule ? null : didYouMean);

        /// <summary>SP1013: <paramref name="plan"/> (of <paramref name="kind"/>) follows <paramref name="followed"/> (of <paramref name="followedKind"/>); <paramref name="advice"/>.</summary>
        /// <param name="kind">As it stands before the plan's name: "regional" / "det regionala serviceprogrammet" (<see cref="Semantics.KindNouns.BeforeName(PlanKind)"/>); so <paramref name="followedKind"/>.</param>
        public static DiagnosticMessage FollowsWrongKind(Phrase kind, string plan, Phrase followedKind, string followed, Phrase advice) =>
            new(DiagnosticCatalog.FollowsWrongKind, MessageText.Capitalized(kind), plan, followedKind, followed, advice);

        /// <summary>SP1014: the plans of the cycle in order, from the one that closes it; a long cycle shows its ends and how many plans lie between.</summary>
        public static DiagnosticMessage FollowsCycle(IReadOnlyList<string> cycle)
        {
            const int shown = 4;
            var names = new List<Phrase>();
            if (cycle.Count <= (2 * shown) + 1)
            {
                names.AddRange(cycle.Select(name => (Phrase)name));
            }
            else
            {
                for (var i = 0; i < shown; i++)
                {
                    names.Add(cycle[i]);
                }

                var between = MessageText.Number(cycle.Count - (2 * shown));
                names.Add(Phrase.Of("… " + between + " more plans …", "… " + between + " planer till …"));
                for (var i = cycle.Count - shown; i < cycle.Count; i++)
                {
                    names.Add(cycle[i]);
                }
            }

            if (cycle.Count > 0)
            {
                names.Add(cycle[0]);
            }

            return new(DiagnosticCatalog.FollowsCycle, Phrase.Join(" → ", names));
        }

        /// <summary>SP1020: <paramref name="plan"/>'s report file names are those of <paramref name="otherPlan"/>, declared at <paramref name="otherLocation"/>.</summary>
        public static DiagnosticMessage ReportFileNameCollision(string plan, string stem, string otherPlan, SourceLocation otherLocation) =>
            new(DiagnosticCatalog.ReportFileNameCollision, plan, ReportFiles(stem),
                Phrase.Of("the same files as plan '" + otherPlan + "' at ", "samma filer som planen '" + otherPlan + "' i ") + otherLocation.ToString(),
                Phrase.Of(
                    "a report's file name keeps only the letters and digits of the plan's name, in lower case and without accents, so give one of the plans a name that differs in more than that",
                    "en rapports filnamn behåller bara bokstäverna och siffrorna i planens namn, med små bokstäver och utan accenter, så ge en av planerna ett namn som skiljer sig åt i mer än så"));

        /// <summary>SP1020: <paramref name="plan"/>'s report file names take <paramref name="stem"/>, which is reserved for <paramref name="reservedFor"/>.</summary>
        /// <param name="reservedFor">What the stem is reserved for: <see cref="PlanSlug.ReservedFor"/> / <see cref="PlanSlug.ReservedForInSwedish"/>.</param>
        public static DiagnosticMessage ReportFileNameReserved(string plan, string stem, Phrase reservedFor) =>
            new(DiagnosticCatalog.ReportFileNameCollision, plan, ReportFiles(stem),
                Phrase.Of("but '" + stem + "' is reserved for ", "men '" + stem + "' är reserverat för ") + reservedFor,
                Phrase.Of("give the plan another name", "ge planen ett annat namn"));

        /// <summary>A plan's report files: "krokom.html, krokom.md, krokom.json and csv/krokom/" / "… och csv/krokom/".</summary>
        private static Phrase ReportFiles(string stem) => Phrase.Of(ReportFileNames.Describe(stem), ReportFileNames.Describe(stem, "och"));

        /// <summary>Keywords of the language: "a, b, c" / "'a', 'b' och 'c'" (quoted in Swedish, where they are foreign words).</summary>
        private static Phrase KeywordsAnd(IReadOnlyList<string> items) =>
            Phrase.Of(MessageText.List(items), MessageText.Joined(items.Select(Quoted), " och "));

        /// <summary>Keywords of the language to choose from: "a, b, c" / "'a', 'b', 'c'".</summary>
        private static Phrase Keywords(IEnumerable<string> words)
        {
            var list = words.ToList();
            return Phrase.Of(MessageText.List(list), MessageText.List(list.Select(Quoted)));
        }

        /// <summary>Plan text in a Swedish message, where its English words are the language's: 'level 3'.</summary>
        private static string Quoted(string text) => "'" + text + "'";

        /// <summary>SP1021: the number <paramref name="value"/> (as written) is beyond the bound of <paramref name="unit"/> (<see cref="NumberBounds"/>).</summary>
        public static DiagnosticMessage NumberOutOfRange(string value, QuantityUnit unit)
        {
            var maximum = MessageText.Count(NumberBounds.Maximum(unit));
            var bound = unit switch
            {
                QuantityUnit.Kronor => Phrase.Of($"an amount is at most {maximum} kr", $"ett belopp får vara högst {maximum} kr"),
                QuantityUnit.Percent => Phrase.Of($"a percentage is at most {maximum} %", $"en procentsats får vara högst {maximum} %"),
                QuantityUnit.HoursPerWeek => Phrase.Of($"opening hours are at most {maximum} h/week, every hour of the week", $"öppettiden får vara högst {maximum} timmar per vecka, veckans alla timmar"),
                QuantityUnit.Kilometres => Phrase.Of($"a distance is at most {maximum} km", $"ett avstånd får vara högst {maximum} km"),
                QuantityUnit.Years => Phrase.Of($"a number of years is at most {maximum}", $"ett antal år får vara högst {maximum}"),
                _ => Phrase.Of($"a number is at most {maximum}", $"ett tal får vara högst {maximum}"),
            };
            var fix = unit == QuantityUnit.Kronor
                ? Phrase.Of("check the digits and the unit (tkr is thousands of kronor, mkr millions)", "kontrollera siffrorna och enheten (tkr är tusentals kronor, mkr miljoner kronor)")
                : Phrase.Of("check the digits", "kontrollera siffrorna");
            return new(DiagnosticCatalog.NumberOutOfRange, value, bound, fix);
        }

        /// <summary>SP1021: the year <paramref name="value"/> (as written) is outside <see cref="NumberBounds.FirstYear"/> to <see cref="NumberBounds.LastYear"/>.</summary>
        public static DiagnosticMessage YearOutOfRange(string value) =>
            new(DiagnosticCatalog.NumberOutOfRange, value,
                Phrase.Of(
                    $"a year is from {MessageText.Number(NumberBounds.FirstYear)} to {MessageText.Number(NumberBounds.LastYear)}",
                    $"ett år ska vara mellan {MessageText.Number(NumberBounds.FirstYear)} och {MessageText.Number(NumberBounds.LastYear)}"),
                Phrase.Of("check the year", "kontrollera året"));
    }
}
