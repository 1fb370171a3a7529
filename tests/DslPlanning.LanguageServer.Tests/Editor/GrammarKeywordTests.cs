using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Semantics;
using DslPlanning.Tests.Shared;

namespace DslPlanning.LanguageServer.Tests.Editor
{
    /// <summary>
    /// The VS Code extension's TextMate grammar is written by hand (TextMate reads JSON, not the compiler), so it is held
    /// to the compiler's own tables here: a statement, header clause or vocabulary word added to the language and not to
    /// the grammar fails this test instead of going uncoloured.
    /// </summary>
    public class GrammarKeywordTests
    {
        private static readonly string Grammar = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "editors", "vscode", "syntaxes", "plan.tmLanguage.json"));

        public static IEnumerable<object[]> StatementKeywords() =>
            BlockStatements.Blocks.SelectMany(block => BlockStatements.Of(block).Where(statement => !statement.IsFallback).Select(statement => statement.Keyword))
                .Concat(BlockStatements.Blocks.SelectMany(BlockStatements.HeaderClauses))
                .Distinct()
                .Select(keyword => new object[] { keyword });

        public static IEnumerable<object[]> VocabularyWords() =>
            new IEnumerable<string>[]
            {
                Vocabularies.OrganisationKinds.Words, Vocabularies.Services.Words, Vocabularies.PlaceStatuses.Words, Vocabularies.ActionStatuses.Words,
                Vocabularies.GoalKinds.Words, Vocabularies.SubsidyKinds.Words, Vocabularies.InvestmentGrounds.Words, Vocabularies.Seasonalities.Words,
            }
            .SelectMany(words => words)
            .Distinct()
            .Select(word => new object[] { word });

        [Theory]
        [MemberData(nameof(StatementKeywords))]
        public void The_grammar_colours_every_statement_and_clause_of_the_block_tables(string keyword) =>
            Assert.Matches(Alternative(keyword), Grammar);

        [Theory]
        [MemberData(nameof(VocabularyWords))]
        public void The_grammar_colours_every_word_of_the_vocabularies(string word) =>
            Assert.Matches(Alternative(word), Grammar);

        /// <summary>The word as one alternative of a pattern's group: <c>(word|</c>, <c>|word|</c>, <c>|word)</c>.</summary>
        private static Regex Alternative(string word) => new(@"[(|:]" + Regex.Escape(word) + @"[|)]");
    }
}
