using System.Linq;

namespace DslPlanning.Language.Tests.Rules
{
    /// <summary>SP5016: actors or funders whose titles differ only in case, spacing, punctuation or one or two letters.</summary>
    public class NearDuplicateNameRuleTests
    {
        private const string Plan = """
            regional plan R {
              period 2018..2020
              actor Lst "Länsstyrelsen Västerbotten" county-board
              actor Kommunerna "Kommunerna" municipality
              funder Landsbygdsprogrammet "Landsbygdsprogrammet"
              funder Anslag "1:1 anslaget"
              funder Lbp "Landsbygsprogrammet"
              funder Anslag2 "1:1-Anslaget"
              actor Lst2 "länsstyrelsen  västerbotten" county-board
            }
            """;

        [Fact]
        public void SP5016_titles_that_differ_by_a_letter_or_by_case_spacing_and_punctuation()
        {
            Findings.AssertFindings(
                Plan,
                "SP5016",
                "test.plan(7,10): warning SP5016: Funder Lbp (\"Landsbygsprogrammet\") and funder Landsbygdsprogrammet (\"Landsbygdsprogrammet\", line 5) differ only by 1 letter; if they are one funder, keep one declaration and use it everywhere, otherwise make the titles tell them apart",
                "test.plan(8,10): warning SP5016: Funder Anslag2 (\"1:1-Anslaget\") and funder Anslag (\"1:1 anslaget\", line 6) differ only in case, spacing or punctuation; if they are one funder, keep one declaration and use it everywhere, otherwise make the titles tell them apart",
                "test.plan(9,9): warning SP5016: Actor Lst2 (\"länsstyrelsen  västerbotten\") and actor Lst (\"Länsstyrelsen Västerbotten\", line 3) differ only in case, spacing or punctuation; if they are one actor, keep one declaration and use it everywhere, otherwise make the titles tell them apart");
        }

        [Theory]
        [InlineData("Landsbygdsprogrammet", "Landsbydsprogramet", true)]
        [InlineData("Landsbygdsprogrammet", "Landsbyprogrammet", false)]
        [InlineData("Region Västerbotten", "Region Norrbotten", false)]
        [InlineData("Kommunen", "Kommuner", true)]
        [InlineData("Kommunen", "Kommunerna", false)]
        [InlineData("ICA", "Coop", false)]
        [InlineData("ICA", "I.C.A.", true)]
        public void SP5016_how_near_is_near(string first, string second, bool near)
        {
            var plan = $$"""
                regional plan R {
                  period 2018..2020
                  funder A "{{first}}"
                  funder B "{{second}}"
                }
                """;

            Assert.Equal(near, Findings.Of(plan).Where("SP5016").Any());
        }

        [Fact]
        public void SP5016_an_actor_and_a_funder_with_one_title_are_one_organisation_in_two_roles()
        {
            const string plan = """
                municipal plan K {
                  period 2023..2030
                  actor Kommunstyrelsen "Kommunstyrelsen" municipality
                  funder KS "Kommunstyrelsen" municipality
                }
                """;

            Findings.Of(plan).Clean("SP5016");
        }

        [Fact]
        public void SP5016_a_plans_few_titles_compared_pair_by_pair_and_many_through_deleted_letters_give_the_same_pairs()
        {
            // Words, each also written with one or two letters changed, dropped or added, and with other case and spacing.
            var random = new System.Random(12);
            var words = new[] { "Landsbygdsprogrammet", "Kommunstyrelsen", "Länsstyrelsen", "Region Västerbotten", "Anslag 1:1", "ICA Nära", "Handlarföreningen", "Företagarna" };
            var titles = Enumerable.Range(0, 300).Select(_ =>
            {
                var word = words[random.Next(words.Length)].ToCharArray().ToList();
                for (var edits = random.Next(4); edits > 0; edits--)
                {
                    var at = random.Next(word.Count);
                    switch (random.Next(4))
                    {
                        case 0: word[at] = (char)('a' + random.Next(26)); break;
                        case 1: word.RemoveAt(at); break;
                        case 2: word.Insert(at, (char)('a' + random.Next(26))); break;
                        default: word[at] = char.ToUpperInvariant(word[at]); break;
                    }
                }

                return new string(word.ToArray()) + random.Next(40);
            }).ToList();

            var pairwise = Language.Rules.FollowUp.NearDuplicates.Pairwise(titles).ToList();
            Assert.NotEmpty(pairwise);
            Assert.Equal(pairwise, Language.Rules.FollowUp.NearDuplicates.ByDeletions(titles).ToList());
        }

        [Fact]
        public void SP5016_among_thousands_of_distinct_names_the_one_near_duplicate_is_named_once()
        {
            // Each digit is written as three letters, so two different numbers differ by three letters or more.
            static string Spelt(int number) => string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => new string((char)('a' + digit - '0'), 3)));
            var funders = Enumerable.Range(0, 3_000).Select(index => $"  funder F{index} \"Finansiär {Spelt(index)}\"");
            var plan = "regional plan R {\n  period 2018..2020\n" + string.Join("\n", funders) + "\n  funder Dup \"Finansiär bbbccc\"\n}\n";

            Findings.Of(plan).Single("SP5016").Says("Funder Dup (\"Finansiär bbbccc\") and funder F12 (\"Finansiär bbbccc\"");
        }
    }
}
