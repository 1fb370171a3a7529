using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Rules;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Semantics.Queries;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.Completion
{
    /// <summary>
    /// What may be typed at a position of a plan: at a statement's start the statements of the enclosing block (a
    /// statement given once and present already left out) and skeletons of new declarations; after a keyword that takes
    /// a reference the names of that kind the plan can see (another plan's as <c>Plan.name</c>); after <c>exception</c>
    /// the rules; after a number the units (nothing within or right after one, nor right after a <c>%</c>); after an amount, <c>per</c> and the other
    /// words of an amount's statement (<see cref="AmountCompletion"/>); after <c>services</c>, <c>status</c>, <c>subsidy</c> … the words of the language.
    /// Other plans' names come after the plan's own, those of the plans it follows first.
    /// The keywords are the language's; what this file says about them is in the server's language (the statements'
    /// descriptions and examples are the language's own, in English).
    /// </summary>
    internal static class PlanCompletion
    {
        private static readonly Dictionary<string, SymbolKind[]> ReferenceKeywords = new(StringComparer.Ordinal)
        {
            ["owner"] = new[] { SymbolKind.Actor },
            ["to"] = new[] { SymbolKind.Actor },
            ["recipient"] = new[] { SymbolKind.Actor },
            ["funding"] = new[] { SymbolKind.Funder },
            ["paid-by"] = new[] { SymbolKind.Funder },
            ["serves"] = new[] { SymbolKind.Goal, SymbolKind.Area },
            ["places"] = new[] { SymbolKind.Place },
            ["place"] = new[] { SymbolKind.Place },
            ["for"] = new[] { SymbolKind.Place },
            ["level"] = new[] { SymbolKind.Level },
        };

        /// <summary>The suggestions at <paramref name="offset"/> of <paramref name="text"/>, where <paramref name="site"/> is what stands before it.</summary>
        public static IReadOnlyList<Suggestion> At(PlanCompilation compilation, SourceText text, int offset, CompletionSite site, PlanLanguage language = PlanLanguage.English)
        {
            if (site.Prefix.Length > 0 && !(char.IsLetter(site.Prefix[0]) || site.Prefix[0] == '_'))
            {
                // Within a number or right after it nothing is offered: an item would replace its digits (20 000 → 20 kr);
                // nor right after a unit that starts with no letter (50 %): an item would replace the unit.
                return Array.Empty<Suggestion>();
            }

            var enclosing = Enclosing(SymbolQueries.Of(compilation), text, offset);
            if (enclosing.Count == 0 || enclosing[0] is not PlanSyntax plan)
            {
                return Array.Empty<Suggestion>();
            }

            var block = enclosing[enclosing.Count - 1];
            var blockName = block is DeclarationSyntax declaration ? declaration.Keyword.Text : "plan";
            if (site.AtStatementStart)
            {
                return Statements(block, blockName, offset, language).ToList();
            }

            if (site.Words[0] == "#")
            {
                return Array.Empty<Suggestion>();
            }

            return AfterWords(compilation, plan.Name.Text, site, blockName, language).ToList();
        }

        /// <summary>
        /// The declarations around the caret. A declaration whose block is left open (typed halfway, <c>action X {</c>)
        /// ends at its last token, but a caret on the blank lines after it is still inside it.
        /// </summary>
        private static IReadOnlyList<StatementSyntax> Enclosing(SymbolQueries queries, SourceText text, int offset)
        {
            var lastWritten = offset;
            while (lastWritten > 0 && char.IsWhiteSpace(text.Text[lastWritten - 1]))
            {
                lastWritten--;
            }

            return queries.EnclosingDeclarations(text.Path, Math.Max(lastWritten - 1, 0))
                .TakeWhile(declaration => offset < declaration.Span.End || (declaration.Span.End <= offset && text.Text[declaration.Span.End - 1] != '}'))
                .ToList();
        }

        private static IEnumerable<Suggestion> Statements(StatementSyntax block, string blockName, int offset, PlanLanguage language)
        {
            var present = Present(block, offset);
            foreach (var statement in BlockStatements.Of(blockName).Where(statement => !statement.IsFallback))
            {
                if (statement.Once && present.Contains(statement.Keyword))
                {
                    continue;
                }

                var documentation = statement.Description + "\n\n```plan\n" + statement.Example + "\n```";
                yield return new Suggestion(statement.Keyword, SuggestionKind.Keyword, statement.Syntax, documentation);
                if (DeclarationSnippets.For(statement.Keyword) is { } snippet)
                {
                    yield return new Suggestion(statement.Keyword, SuggestionKind.Declaration, Phrase.Of("new ", "mall för ").In(language) + statement.Keyword, documentation, snippet);
                }
            }

            if (block is DeclarationSyntax { Keyword.Text: "subsidy" } subsidy && Vocabularies.SubsidyKinds.TryGet(subsidy.Name.Text, out var kind))
            {
                foreach (var fact in FactKind.ApplicationFacts.Where(fact => fact.Subsidies.Contains(kind) && !present.Contains(fact.Name)))
                {
                    yield return new Suggestion(
                        fact.Name,
                        SuggestionKind.Keyword,
                        Phrase.Of("fact: ", "uppgift: ").In(language) + fact.Type.ToString().ToLowerInvariant(),
                        Phrase.Of("A fact of the application (given once).", "En uppgift i ansökan (anges en gång).").In(language));
                }
            }
        }

        /// <summary>The statements and header clauses the block has, but the one being typed at <paramref name="offset"/>.</summary>
        private static HashSet<string> Present(StatementSyntax block, int offset)
        {
            IEnumerable<StatementSyntax> body = block switch
            {
                DeclarationSyntax declaration => declaration.Body,
                PlanSyntax plan => plan.Body,
                _ => Enumerable.Empty<StatementSyntax>(),
            };
            var clauses = block is DeclarationSyntax header ? header.Clauses.Select(clause => clause.Keyword.Text) : Enumerable.Empty<string>();
            var statements = body.Where(statement => !(statement.Span.Start <= offset && offset <= statement.Span.End))
                .Select(statement => statement is FactStatementSyntax fact ? fact.Fact.Name.Text : statement.Keyword.Text);
            return new HashSet<string>(statements.Concat(clauses), StringComparer.Ordinal);
        }

        private static IEnumerable<Suggestion> AfterWords(PlanCompilation compilation, string plan, CompletionSite site, string blockName, PlanLanguage language)
        {
            var last = site.LastWord!;
            var units = AmountCompletion.Units(language);
            if (InHeader(site, blockName, language) is { } clauses)
            {
                // After a clause's number (priority 2, budget 100 000) either the next clause or a unit may follow.
                return IsNumber(last) ? clauses.Concat(units) : clauses;
            }

            if (AmountCompletion.After(site, blockName, BlockStatements.Of(blockName).Select(statement => statement.Keyword).ToList(), language) is { } amounts)
            {
                return amounts;
            }

            if (IsNumber(last))
            {
                return units;
            }

            var keyword = last == "," ? ListKeyword(site.Words) : last;
            var startsStatement = site.Words[0] == keyword && BlockStatements.Of(blockName).Any(statement => statement.Keyword == keyword) && DeclarationSnippets.For(keyword) is not null;
            if (keyword is null || (startsStatement && site.Words.Count == 1 && keyword is not ("subsidy" or "scheme")))
            {
                // A declaration's keyword is followed by a new name, which nothing completes.
                return Array.Empty<Suggestion>();
            }

            if (ReferenceKeywords.TryGetValue(keyword, out var kinds))
            {
                var queries = SymbolQueries.Of(compilation);
                var distance = FollowDistances(compilation, plan);
                return kinds.SelectMany(kind => queries.VisibleFrom(plan, kind))
                    .OrderBy(symbol => distance.TryGetValue(symbol.Symbol.Plan, out var steps) ? steps : int.MaxValue)
                    .Select(symbol => new Suggestion(
                        symbol.Name, SuggestionKind.Reference, Described(symbol.Symbol, symbol.Name.Contains('.')).In(language), symbol.Title));
            }

            return keyword switch
            {
                "follows" => compilation.Plans.Where(other => other.Name != plan).Select(other => new Suggestion(other.Name, SuggestionKind.Reference, "plan", other.Model.Title)),
                "exception" => Rules(language),
                "services" or "needs" or "nearest" => Words(Vocabularies.Services.Words, Vocabularies.Services.Category.In(language)),
                "status" => Words(blockName == "place" ? Vocabularies.PlaceStatuses.Words : Vocabularies.ActionStatuses.Words, "status"),
                "subsidy" or "scheme" => Words(Vocabularies.SubsidyKinds.Words, Vocabularies.SubsidyKinds.Category.In(language)),
                "grounds" => Words(Vocabularies.InvestmentGrounds.Words, Vocabularies.InvestmentGrounds.Category.In(language)),
                _ => Array.Empty<Suggestion>(),
            };
        }

        /// <summary>
        /// How many <c>follows</c> lead from <paramref name="plan"/> to each plan it follows, directly or through others: the
        /// plan itself 0, the plans it follows 1, theirs 2 … Names are offered in that order, the plans it does not follow last.
        /// </summary>
        private static Dictionary<string, int> FollowDistances(PlanCompilation compilation, string plan)
        {
            var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [plan] = 0 };
            var queue = new Queue<string>();
            queue.Enqueue(plan);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                foreach (var followed in compilation.FindPlan(current)?.Model.Follows ?? ValueList<string>.Empty)
                {
                    if (distances.TryAdd(followed, distances[current] + 1))
                    {
                        queue.Enqueue(followed);
                    }
                }
            }

            return distances;
        }

        /// <summary>A name's kind and name, and its plan when another plan's: "goal G1 of Region" / "målet G1 i planen Region".</summary>
        private static Phrase Described(ElementKey symbol, bool qualified) =>
            KindNouns.BeforeName(symbol.Kind) + " " + symbol.Name + (qualified ? Phrase.Of(" of ", " i planen ") + symbol.Plan : Phrase.Empty);

        /// <summary>
        /// In a declaration's header after its name (and title): the header clauses it does not have yet, or null where a
        /// clause's value is being typed, or elsewhere.
        /// </summary>
        private static IEnumerable<Suggestion>? InHeader(CompletionSite site, string blockName, PlanLanguage language)
        {
            var clauses = BlockStatements.HeaderClauses(site.Words[0]);
            var last = site.LastWord!;
            if (clauses.Count == 0 || site.Words.Count < 2 || clauses.Contains(last) || last == "," 
                || !(site.Words[0] == blockName || BlockStatements.Of(blockName).Any(statement => statement.Keyword == site.Words[0])))
            {
                return null;
            }

            var inBudget = site.Words.LastOrDefault(word => clauses.Contains(word)) == "budget";
            if (last == "per" && inBudget)
            {
                // budget 100 000 kr per year: the amount's "per" takes "year" alone.
                return AmountCompletion.PerYearOnly(language);
            }

            var statements = BlockStatements.Of(site.Words[0]);
            var per = UnitWords.Find(last) is not null && site.Words.Count > 2 && IsNumber(site.Words[site.Words.Count - 2]) && inBudget
                ? new[] { AmountCompletion.Per(anyUnit: false, language) }
                : Array.Empty<Suggestion>();
            return per.Concat(clauses.Where(clause => !site.Words.Contains(clause)).Select(clause => statements.FirstOrDefault(statement => statement.Keyword == clause) is { } statement
                ? new Suggestion(clause, SuggestionKind.Keyword, statement.Syntax, statement.Description)
                : new Suggestion(clause, SuggestionKind.Keyword, Phrase.Of("header clause", "tillägg i deklarationens huvud").In(language), null)));
        }

        /// <summary>The keyword of the list a comma continues: the nearest word before it that takes references or words.</summary>
        private static string? ListKeyword(IReadOnlyList<string> words) =>
            words.Reverse().FirstOrDefault(word => ReferenceKeywords.ContainsKey(word) || word is "follows" or "services" or "needs" or "grounds");

        /// <summary>The rules with their titles and docs pages in the server's language, as the rule-ID hover shows them.</summary>
        private static IEnumerable<Suggestion> Rules(PlanLanguage language) =>
            RuleCatalog.Rules.SelectMany(rule => rule.Descriptors)
                .GroupBy(descriptor => descriptor.Id)
                .Select(group => group.First())
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .Select(descriptor => (descriptor.Id, descriptor.TextIn(language).Title, Link: descriptor.HelpLinkIn(language)))
                .Select(rule => new Suggestion(rule.Id, SuggestionKind.Rule, rule.Title, $"[{rule.Id}]({rule.Link}): {rule.Title}"));

        private static IEnumerable<Suggestion> Words(IEnumerable<string> words, string category) =>
            words.Select(word => new Suggestion(word, SuggestionKind.Word, category, null));

        private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]) && word.All(c => char.IsDigit(c) || c is ',' or '.');
    }
}
