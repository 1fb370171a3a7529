using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Model;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>What SP0001 says was expected reads in Swedish too: every expectation the grammar can produce has a Swedish reading.</summary>
    public class ExpectationWordsTests
    {
        [Fact]
        public void Every_expectation_the_grammar_makes_has_a_swedish_reading()
        {
            // Building every grammar makes every expectation: the token parsers, the statements of each block and the file.
            foreach (var grammar in new[] { typeof(Tokens), typeof(ValueGrammar), typeof(StatementGrammar), typeof(PlanGrammar) })
            {
                RuntimeHelpers.RunClassConstructor(grammar.TypeHandle);
            }

            Assert.All(BlockTables.All, table => Assert.NotNull(table.Grammar));
            Assert.NotNull(PlanGrammar.File);

            // Tests name expectations of their own (GrammarOperatorTests): only the grammar's, written in its source, count.
            var source = string.Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "DslPlanning.Language"), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(File.ReadAllText));
            var made = ExpectationWords.All.Where(expectation => source.Contains("\"" + expectation + "\"", StringComparison.Ordinal) || expectation.StartsWith("'", StringComparison.Ordinal)).ToList();

            Assert.Contains("a number of years", made);
            Assert.Contains("a name", made);
            Assert.Contains("who is responsible", made);
            Assert.Contains("'per'", made);
            Assert.True(made.Count > 60, made.Count + " expectations");
            var missing = made.Where(expectation => !ExpectationWords.HasSwedish(expectation)).OrderBy(expectation => expectation, StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0, "Expectations without a Swedish reading in ExpectationWords:\n" + string.Join("\n", missing));
        }

        [Theory]
        [InlineData("a number of years", "ett antal år")]
        [InlineData("'per'", "'per'")]
        [InlineData("'yearly' or 'every <n> years'", "'yearly' eller 'every <n> years'")]
        public void An_expectation_reads_in_both_languages(string expectation, string swedish)
        {
            var phrase = ExpectationWords.Of(expectation);

            Assert.Equal(expectation, phrase.English);
            Assert.Equal(swedish, phrase.Swedish);
        }

        [Fact]
        public void A_syntax_error_says_in_swedish_what_was_found_where_and_what_was_expected()
        {
            var tree = Parse("municipal plan P {\n  review every years\n  period 2023\n  unit\n  place Kluk {\n    services groceries\n  \n");

            var messages = tree.Diagnostics.Select(diagnostic => diagnostic.Id + ": " + diagnostic.MessageIn(PlanLanguage.Swedish)).ToList();

            Assert.Contains("SP0001: 'years' kommer oväntat i satsen 'review'; här förväntas ett antal år", messages);
            Assert.Contains("SP0002: 'unit' är ingen sats i en plan; blocket tar emot: " + string.Join(", ", PlanStatements.Table.Grammar.Keywords.SkipLast(1).Select(keyword => "'" + keyword + "'")) + " eller '" + PlanStatements.Table.Grammar.Keywords.Last() + "'", messages);
            Assert.Contains("SP0004: Blocket för en ort som öppnas här stängs inte före filens slut; lägg till '}'", messages);
        }

        [Fact]
        public void The_size_limits_read_in_swedish_as_the_swedish_docs_page_shows_them()
        {
            Assert.Equal(
                "Texten är 250 000 tecken lång, mer än de 100 000 tecken som en text får ha; korta den, till exempel genom att behålla hela texten i källdokumentet och citera bara det som planen behöver",
                Diagnose.TextTooLong(250_000, 100_000).TextIn(PlanLanguage.Swedish));
            Assert.Equal(
                "Texterna och namnen i planerna som kompileras tillsammans, till och med den här planen, tar 12,1 MB i den genererade C#-koden, mer än de 12 MB som ett projekt rymmer; flytta några planer till ett annat projekt, eller korta deras längsta texter",
                Diagnose.GeneratedTextsTooLong(12_050_000, 12_000_000).TextIn(PlanLanguage.Swedish));
            var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", "sv", "SP0013.md"));
            Assert.Contains(Diagnose.TextTooLong(250_000, 100_000).TextIn(PlanLanguage.Swedish), page);
            Assert.Contains(Diagnose.GeneratedTextsTooLong(12_050_000, 12_000_000).TextIn(PlanLanguage.Swedish), page);
        }
    }
}
