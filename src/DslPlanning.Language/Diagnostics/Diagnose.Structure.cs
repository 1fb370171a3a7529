using System.Collections.Generic;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP1001–SP1004, SP1008–SP1014, SP1020, SP1021: names, references, values and plans compiled together.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP1001: <paramref name="name"/> (a <paramref name="kind"/>) is already declared in <paramref name="plan"/> at <paramref name="line"/>, as <paramref name="earlierKind"/> when that is another kind.</summary>
        /// <param name="earlierKind">With its article ("a goal"), when the earlier declaration is of another kind; else null.</param>
        public static DiagnosticMessage DuplicateName(string kind, string name, string plan, int line, string? earlierKind) =>
            new(DiagnosticCatalog.DuplicateName, MessageText.Capitalized(kind), name, plan,
                MessageText.Number(line) + (earlierKind is null ? string.Empty : " (as " + earlierKind + ")"));

        /// <summary>SP1002: no <paramref name="kinds"/> named <paramref name="name"/> (in <paramref name="inPlan"/> when another plan was searched).</summary>
        /// <param name="kinds">"goal or area".</param>
        /// <param name="dashedRange">The name is a range of goals written with '-' (3.1-3.3).</param>
        /// <param name="unknownPlan">The plan the name's prefix names, when no such plan is compiled together (Krokm.G1); with the closest plan name.</param>
        public static DiagnosticMessage UnknownReference(
            string kinds, string name, string? inPlan, string? didYouMean, bool dashedRange = false, string? unknownPlan = null, string? closestPlan = null) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownReference, kinds, name,
                (inPlan is null ? string.Empty : " in plan " + inPlan) + MessageText.DidYouMean(didYouMean),
                "; " + (dashedRange ? "a range of goals is written with '..' or '–', e.g. " + name.Replace("-", "..")
                    : unknownPlan is not null ? $"no plan named '{unknownPlan}' is compiled together with this one" + MessageText.DidYouMean(closestPlan)
                    : "declare it or correct the name")).Suggesting(name, didYouMean);

        /// <summary>SP1002: no plan named <paramref name="name"/> is compiled together with this one.</summary>
        public static DiagnosticMessage UnknownPlan(string name, string? didYouMean) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownReference, "plan", name, MessageText.DidYouMean(didYouMean), "; add the plan's file to the compilation or correct the name").Suggesting(name, didYouMean);

        /// <summary>SP1003: <paramref name="plan"/> is also declared at <paramref name="other"/>.</summary>
        public static DiagnosticMessage DuplicatePlan(string plan, SourceLocation other) =>
            new(DiagnosticCatalog.DuplicatePlan, plan, other.ToString());

        /// <summary>SP1004: <paramref name="expected"/> ("an amount in kr") here, <paramref name="found"/> ("the distance 3 km") instead.</summary>
        public static DiagnosticMessage UnitMismatch(string expected, string found, string example) =>
            new(DiagnosticCatalog.UnitMismatch, expected, found, example);

        /// <summary>SP1008: <paramref name="word"/> is no <paramref name="category"/>; the words are <paramref name="words"/>.</summary>
        public static DiagnosticMessage UnknownWord(string category, string word, string? didYouMean, IEnumerable<string> words) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownWord, category, word, MessageText.DidYouMean(didYouMean), MessageText.List(words)).Suggesting(word, didYouMean);

        /// <summary>SP1009: <paramref name="keyword"/> is given again in <paramref name="block"/>; the first is at <paramref name="firstLine"/>.</summary>
        public static DiagnosticMessage DuplicateStatement(string keyword, string block, int firstLine) =>
            new(DiagnosticCatalog.DuplicateStatement, keyword, block, MessageText.Number(firstLine));

        /// <summary>SP1010: <paramref name="fact"/> is no fact of <paramref name="owner"/> ("a store"), whose facts are <paramref name="facts"/>.</summary>
        /// <param name="factOf">What <paramref name="fact"/> is a fact of instead, when it is one; then no suggestion is made.</param>
        public static DiagnosticMessage NotAFact(string fact, string owner, string? didYouMean, IEnumerable<string> facts, IEnumerable<string>? factOf = null) =>
            new DiagnosticMessage(DiagnosticCatalog.NotAFact, fact, owner,
                factOf is null ? MessageText.DidYouMean(didYouMean) : " (it is a fact of " + MessageText.List(factOf) + ")",
                MessageText.List(facts)).Suggesting(fact, factOf is null ? didYouMean : null);

        /// <summary>SP1011: <paramref name="name"/> is declared as <paramref name="declaredAs"/>, where <paramref name="expected"/> is expected.</summary>
        /// <param name="declaredAs">With its article: "an actor".</param>
        /// <param name="expected">With its article: "a funder".</param>
        /// <param name="member">The name as declared, without its plan.</param>
        public static DiagnosticMessage WrongSymbolKind(string name, string declaredAs, string expected, string member) =>
            new(DiagnosticCatalog.WrongSymbolKind, name, "declared as " + declaredAs, expected, $"name {expected} here, or declare '{member}' as one");

        /// <summary>SP1012: the exception names <paramref name="id"/>, which is a rule no exception can suppress when <paramref name="isRule"/>, else no rule.</summary>
        public static DiagnosticMessage UnknownRuleInException(string id, bool isRule, string? didYouMean) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownRuleInException, id,
                isRule ? " that an exception can suppress (only the rules SP2xxx to SP5xxx can be)" : MessageText.DidYouMean(didYouMean)).Suggesting(id, isRule ? null : didYouMean);

        /// <summary>SP1013: <paramref name="plan"/> (of <paramref name="kind"/>) follows <paramref name="followed"/> (of <paramref name="followedKind"/>); <paramref name="advice"/>.</summary>
        public static DiagnosticMessage FollowsWrongKind(string kind, string plan, string followedKind, string followed, string advice) =>
            new(DiagnosticCatalog.FollowsWrongKind, MessageText.Capitalized(kind), plan, followedKind, followed, advice);

        /// <summary>SP1014: the plans of the cycle in order, from the one that closes it; a long cycle shows its ends and how many plans lie between.</summary>
        public static DiagnosticMessage FollowsCycle(IReadOnlyList<string> cycle)
        {
            const int shown = 4;
            var names = new List<string>();
            if (cycle.Count <= (2 * shown) + 1)
            {
                names.AddRange(cycle);
            }
            else
            {
                for (var i = 0; i < shown; i++)
                {
                    names.Add(cycle[i]);
                }

                names.Add("… " + MessageText.Number(cycle.Count - (2 * shown)) + " more plans …");
                for (var i = cycle.Count - shown; i < cycle.Count; i++)
                {
                    names.Add(cycle[i]);
                }
            }

            if (cycle.Count > 0)
            {
                names.Add(cycle[0]);
            }

            return new(DiagnosticCatalog.FollowsCycle, string.Join(" → ", names));
        }

        /// <summary>SP1020: <paramref name="plan"/>'s report file names are those of <paramref name="otherPlan"/>, declared at <paramref name="otherLocation"/>.</summary>
        public static DiagnosticMessage ReportFileNameCollision(string plan, string stem, string otherPlan, SourceLocation otherLocation) =>
            new(DiagnosticCatalog.ReportFileNameCollision, plan, ReportFileNames.Describe(stem),
                "the same files as plan '" + otherPlan + "' at " + otherLocation,
                "a report's file name keeps only the letters and digits of the plan's name, in lower case and without accents, so give one of the plans a name that differs in more than that");

        /// <summary>SP1020: <paramref name="plan"/>'s report file names take <paramref name="stem"/>, which is reserved for <paramref name="reservedFor"/>.</summary>
        public static DiagnosticMessage ReportFileNameReserved(string plan, string stem, string reservedFor) =>
            new(DiagnosticCatalog.ReportFileNameCollision, plan, ReportFileNames.Describe(stem),
                "but '" + stem + "' is reserved for " + reservedFor, "give the plan another name");

        /// <summary>SP1021: the number <paramref name="value"/> (as written) is beyond the bound of <paramref name="unit"/> (<see cref="NumberBounds"/>).</summary>
        public static DiagnosticMessage NumberOutOfRange(string value, QuantityUnit unit)
        {
            var maximum = MessageText.Count(NumberBounds.Maximum(unit));
            var bound = unit switch
            {
                QuantityUnit.Kronor => $"an amount is at most {maximum} kr",
                QuantityUnit.Percent => $"a percentage is at most {maximum} %",
                QuantityUnit.HoursPerWeek => $"opening hours are at most {maximum} h/week, every hour of the week",
                QuantityUnit.Kilometres => $"a distance is at most {maximum} km",
                QuantityUnit.Years => $"a number of years is at most {maximum}",
                _ => $"a number is at most {maximum}",
            };
            var fix = unit == QuantityUnit.Kronor ? "check the digits and the unit (tkr is thousands of kronor, mkr millions)" : "check the digits";
            return new(DiagnosticCatalog.NumberOutOfRange, value, bound, fix);
        }

        /// <summary>SP1021: the year <paramref name="value"/> (as written) is outside <see cref="NumberBounds.FirstYear"/> to <see cref="NumberBounds.LastYear"/>.</summary>
        public static DiagnosticMessage YearOutOfRange(string value) =>
            new(DiagnosticCatalog.NumberOutOfRange, value,
                $"a year is from {MessageText.Number(NumberBounds.FirstYear)} to {MessageText.Number(NumberBounds.LastYear)}", "check the year");
    }
}
