using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Reports.Tests.Content
{
    /// <summary>The file name stem of a plan's reports is a function of its name alone, short enough for any file system.</summary>
    public class PlanSlugTests
    {
        [Theory]
        [InlineData("Krokom", "krokom")]
        [InlineData("JämtlandRSP", "jamtland-rsp")]
        [InlineData("VästerbottenHandlingsplan2018", "vasterbotten-handlingsplan-2018")]
        [InlineData("Storuman_Sorsele", "storuman-sorsele")]
        [InlineData("Åre.Östersund", "are-ostersund")]
        public void Slugs_are_lower_case_ASCII_words(string name, string slug) => Assert.Equal(slug, PlanSlug.For(name));

        [Theory]
        [InlineData("Čohkkiras", "cohkkiras")]
        [InlineData("Váhtjer", "vahtjer")]
        [InlineData("Jåhkåmåhkke", "jahkamahkke")]
        [InlineData("Ŋuorggam", "nuorggam")]
        [InlineData("Gïeline", "gieline")]
        [InlineData("Æøå", "aeoa")]
        [InlineData("Straße", "strasse")]
        [InlineData("A\u030Asele", "asele")]
        public void Letters_with_accents_and_Sami_letters_keep_their_base_letter(string name, string slug) => Assert.Equal(slug, PlanSlug.For(name));

        [Theory]
        [InlineData("Krokom", "KROKOM")]
        [InlineData("Åsele", "Asele")]
        [InlineData("KroKom", "Kro-kom")]
        [InlineData("Kro_kom", "Kro.kom")]
        public void Names_that_differ_only_in_case_accents_or_punctuation_share_a_stem(string first, string second) =>
            Assert.Equal(PlanSlug.For(first), PlanSlug.For(second));

        [Fact]
        public void Names_in_other_scripts_get_a_stable_hash_so_they_keep_apart()
        {
            var japan = PlanSlug.For("日本");
            var china = PlanSlug.For("中国");

            Assert.Equal("plan-5ffcbea4", japan);
            Assert.NotEqual(japan, china);
            Assert.Equal(japan, PlanSlug.For("日本"));
            // A Cyrillic к in a Latin name is not dropped silently: the stem differs from the all-Latin name's.
            Assert.NotEqual(PlanSlug.For("Krokomskommun"), PlanSlug.For("Kro\u043Aomskommun"));
        }

        [Fact]
        public void A_name_without_letters_or_digits_gets_a_hash_and_keeps_apart_from_a_plan_named_plan()
        {
            Assert.Matches("^plan-[0-9a-f]{8}$", PlanSlug.For("_"));
            Assert.NotEqual(PlanSlug.For("_"), PlanSlug.For("__"));
            Assert.Empty(PlanSlug.Conflicts(new[] { "_", "Plan" }));
        }

        [Fact]
        public void A_long_name_is_cut_to_the_maximum_with_a_hash_of_the_whole_stem()
        {
            var name = string.Concat(Enumerable.Repeat("Serviceplan", 24)) + "A";
            var other = string.Concat(Enumerable.Repeat("Serviceplan", 24)) + "B";

            var stem = PlanSlug.For(name);

            Assert.Equal(PlanSlug.MaxLength, stem.Length);
            Assert.Matches("^serviceplan-serviceplan-[a-z-]*[a-z]-[0-9a-f]{8}$", stem);
            Assert.NotEqual(stem, PlanSlug.For(other));
            Assert.Equal(stem, PlanSlug.For(name.Replace("e", "é")));
            Assert.Equal(new string('x', PlanSlug.MaxLength), PlanSlug.For(new string('X', PlanSlug.MaxLength)));
        }

        [Fact]
        public void The_stem_of_a_plan_does_not_depend_on_the_other_plans()
        {
            var alone = PlanSlug.Conflicts(new[] { "Åsele" });
            var together = PlanSlug.Conflicts(new[] { "Asele", "Åsele", "Krokom" });

            Assert.Empty(alone);
            Assert.Equal(new SlugConflict(1, "asele", 0, null), Assert.Single(together));
            Assert.Equal("asele", PlanSlug.For("Åsele"));
        }

        [Theory]
        [InlineData("Index", "index")]
        [InlineData("INDEX", "index")]
        [InlineData("Nul", "nul")]
        [InlineData("Con", "con")]
        public void Reserved_stems_are_conflicts_of_their_own(string name, string stem)
        {
            var conflict = Assert.Single(PlanSlug.Conflicts(new[] { name }));

            Assert.Equal(stem, conflict.Stem);
            Assert.Null(conflict.Earlier);
            Assert.NotNull(conflict.ReservedFor);
        }

        [Fact]
        public void Stems_that_only_start_like_a_reserved_name_are_free()
        {
            Assert.Empty(PlanSlug.Conflicts(new[] { "IndexPlan", "Console", "Com1", "Nulltaxa" }));
        }
    }
}
