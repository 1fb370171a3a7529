using System;
using System.Linq;
using System.Text;
using CsCheck;
using DslPlanning.Analyzers.Tests.Support;
using DslPlanning.Language.Formatting;
using DslPlanning.Language.Parsing;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Property tests of the lossless tree and the formatter (<see cref="LosslessChecks"/>) on mutated real plans (mostly
    /// broken: skipped text is trivia, and the formatter leaves them as they are), on the hostile shapes of issue 9, and on
    /// real plans whose spaces, tabs and indentation were scrambled (the formatter gives the plan back). Seeds and counts:
    /// <see cref="PropertyChecks"/>.
    /// </summary>
    public class LosslessPropertyTests
    {
        private const string FixedSeed = "7d1lx0sspw2c";
        private static readonly (string Path, string Text)[] Plans = Repository.RealPlans();

        [Fact]
        public void Mutated_real_plans_print_back_and_are_formatted_without_change_of_meaning_or_left_as_they_are()
        {
            Mutation.OfRealPlan.Sample(
                sample =>
                {
                    var (path, text) = Plans[sample.Plan];
                    Check(path, sample.Edits.Aggregate(text, (current, edit) => edit.Apply(current)));
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(150),
                threads: 1,
                print: Mutation.Describe);
        }

        [Fact]
        public void Hostile_shapes_print_back_and_are_formatted_without_change_of_meaning()
        {
            HostileShapes.Files.Sample(
                files =>
                {
                    foreach (var (path, text) in files)
                    {
                        Check(path, text);
                    }
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(60),
                threads: 1,
                print: HostileShapes.Describe);
        }

        /// <summary>A real plan (canonical: plans/ are formatted) with the spaces between tokens and the indentation replaced at random.</summary>
        private static readonly Gen<(int Plan, int[] Choices)> Scrambled = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 7].Array[64], (plan, choices) => (plan, choices));

        private static readonly string[] Spaces = { " ", "  ", "\t", " \t ", "\u00A0", "   ", "\t\t", " " };

        [Fact]
        public void Real_plans_with_scrambled_spaces_and_indentation_are_formatted_back_byte_for_byte()
        {
            Scrambled.Sample(
                sample =>
                {
                    var (path, text) = Plans[sample.Plan];
                    var scrambled = Scramble(text, sample.Choices);
                    var formatted = PlanFormatter.Format(path, scrambled);
                    if (formatted.Text != text)
                    {
                        throw new InvalidOperationException($"formatting the scrambled plan does not give it back ({formatted.Problem})");
                    }
                },
                seed: PropertyChecks.Seed(FixedSeed),
                iter: PropertyChecks.Iterations(40),
                threads: 1,
                print: sample => $"plan {sample.Plan}, choices {string.Join(",", sample.Choices)}");
        }

        [Theory]
        [MemberData(nameof(InjectionTests.DeepNesting), MemberType = typeof(InjectionTests))]
        public void Deeply_nested_text_prints_back_and_is_left_as_it_is_or_formatted(string name, string text) =>
            Assert.Null(LosslessChecks.TreeProblem(PlanParser.Parse(name, text)) ?? LosslessChecks.FormatterProblem(name, text));

        private static void Check(string path, string text)
        {
            var problem = LosslessChecks.TreeProblem(PlanParser.Parse(path, text)) ?? LosslessChecks.FormatterProblem(path, text);
            if (problem is not null)
            {
                throw new InvalidOperationException(problem);
            }
        }

        /// <summary>Each run of spaces between two tokens on a line, and each indentation, replaced by one of <see cref="Spaces"/> (none for indentation, at times).</summary>
        private static string Scramble(string text, int[] choices)
        {
            // The source as pieces in order: (token or trivia text, its kind as a word).
            var pieces = PlanParser.Parse("p.plan", text).Tokens
                .SelectMany(token => token.LeadingTrivia.Select(trivia => (trivia.Text, Kind: trivia.Kind.ToString()))
                    .Append((token.Text, Kind: token.Kind.ToString()))
                    .Concat(token.TrailingTrivia.Select(trivia => (trivia.Text, Kind: trivia.Kind.ToString()))))
                .ToList();
            var builder = new StringBuilder();
            for (var index = 0; index < pieces.Count; index++)
            {
                var (piece, kind) = pieces[index];
                var previous = index > 0 ? pieces[index - 1] : (Text: string.Empty, Kind: "EndOfLine");
                var next = index + 1 < pieces.Count ? pieces[index + 1] : (Text: string.Empty, Kind: "EndOfFile");
                var choice = choices[index % choices.Length];
                var keep = kind != "Whitespace" || next.Kind is "Comment" or "EndOfLine" or "EndOfFile"
                    || (previous.Kind == "Number" && char.IsDigit(next.Text[0]));
                builder.Append(keep ? piece : previous.Kind == "EndOfLine" && choice == 7 ? string.Empty : Spaces[choice]);
            }

            return builder.ToString();
        }
    }
}
