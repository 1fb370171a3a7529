using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>Names are read in NFC; names that mix scripts (SP0011) or look like another name (SP1018) are reported.</summary>
    public class NameTests
    {
        private const string Nfd = "A\u030Asele";
        private const string Nfc = "\u00C5sele";

        private static PlanCompilation Plan(string body) => Compile.Text("municipal plan Krokom \"Krokoms kommun\" {\n" + body + "}\n");

        private static string[] Reported(PlanCompilation compilation, string id) =>
            compilation.Diagnostics.Where(diagnostic => diagnostic.Id == id).Select(diagnostic => diagnostic.ToString()).ToArray();

        [Fact]
        public void A_name_declared_in_nfc_and_referenced_in_nfd_is_one_name_read_in_nfc()
        {
            var compilation = Plan($"  place {Nfc} {{ services groceries }}\n  action A {{ places {Nfd} }}\n");

            Assert.Empty(compilation.Structure());
            var model = compilation.Plans.Single().Model;
            Assert.Equal(Nfc, model.Places.Single().Name);
            Assert.Equal(Nfc, model.AllActions.Single().Places.Single().Name);
        }

        [Fact]
        public void A_name_declared_in_nfc_and_again_in_nfd_is_a_duplicate_and_so_is_a_plan()
        {
            var places = Plan($"  place {Nfc}\n  place {Nfd}\n");
            var plans = Compile.Files(("a.plan", $"municipal plan {Nfc} {{ }}\n"), ("b.plan", $"municipal plan {Nfd} {{ }}\n"));

            Assert.Equal("SP1001", places.Single().Id);
            Assert.Equal("(3,9)", "(" + places.Single().Position() + ")");
            Assert.Equal("SP1003", plans.Single().Id);
        }

        [Fact]
        public void A_name_with_a_cyrillic_letter_is_reported_where_it_is_declared_and_used()
        {
            var compilation = Plan("  actor Krokomskommun municipality\n  actor Krokomsкommun municipality\n  owner Krokomsкommun\n");

            Assert.Equal(
                new[]
                {
                    "test.plan(3,9): warning SP0011: The name 'Krokomsкommun' mixes Latin letters with Cyrillic 'к' (U+043A), so it can look exactly like another name; retype it in Latin letters",
                    "test.plan(4,9): warning SP0011: The name 'Krokomsкommun' mixes Latin letters with Cyrillic 'к' (U+043A), so it can look exactly like another name; retype it in Latin letters",
                },
                Reported(compilation, "SP0011"));
        }

        [Theory]
        [InlineData("Åsele")]
        [InlineData("Näringslivskontoret")]
        [InlineData("Ørnsköldsvik")]
        [InlineData("Čearru_2.1-b")]
        [InlineData("Αθήνα")]
        [InlineData("Москва")]
        [InlineData("東京Tokyo")]
        [InlineData("서울Seoul")]
        [InlineData("IO_3")]
        [InlineData("G2.1")]
        public void Names_in_one_script_or_a_usual_combination_are_not_reported(string name)
        {
            Assert.Null(NameScripts.Mixed(name));
            Assert.Empty(Reported(Plan($"  actor {name} municipality\n"), "SP0011"));
        }

        [Theory]
        [InlineData("Krokomsкommun", "Latin", "к")]
        [InlineData("Кrokomskommun", "Latin", "К")]
        [InlineData("Κrokom", "Latin", "Κ")]
        [InlineData("Ꮶrokomskommun", "Latin", "Ꮶ")]
        [InlineData("Москвa", "Cyrillic", "a")]
        [InlineData("Krokom٣", "Latin", "٣")]
        public void Mixed_scripts_are_found_and_the_odd_characters_named(string name, string script, string odd)
        {
            var mixed = NameScripts.Mixed(name);

            Assert.NotNull(mixed);
            Assert.Equal(script, mixed.Value.Script);
            Assert.Equal(odd, new string(mixed.Value.Others.Select(other => other.Character).ToArray()));
        }

        [Fact]
        public void Names_in_strings_and_comments_are_not_names()
        {
            var compilation = Plan("  # Krokomsкommun\n  actor Kommunen \"Krokomsкommun\" municipality\n");

            Assert.Empty(Reported(compilation, "SP0011"));
        }

        [Fact]
        public void A_name_that_looks_like_another_is_reported_at_the_later_one_naming_the_first()
        {
            var compilation = Plan("  actor Krokomskommun municipality\n  place Кrokomskommun\n");

            Assert.Equal(
                new[] { "test.plan(3,9): warning SP1018: Place 'Кrokomskommun' looks like the actor 'Krokomskommun' (line 2) but is another name: 'К' (U+041A) where the other has 'K' (U+004B); a reader cannot tell them apart, so retype the name, or give it one that looks different" },
                Reported(compilation, "SP1018"));
        }

        [Fact]
        public void Look_alikes_are_found_across_plans_and_files_and_the_other_is_named_with_its_file()
        {
            var compilation = Compile.Files(
                ("b.plan", "municipal plan Storuman { actor ＫrokomsKommun municipality }\n"),
                ("a.plan", "municipal plan Krokom { actor KrokomsKommun municipality }\n"));

            Assert.Equal(
                new[] { "b.plan(1,33): warning SP1018: Actor 'ＫrokomsKommun' looks like the actor 'KrokomsKommun' (a.plan(1,31)) but is another name: 'Ｋ' (U+FF2B) where the other has 'K' (U+004B); a reader cannot tell them apart, so retype the name, or give it one that looks different" },
                Reported(compilation, "SP1018"));
        }

        [Fact]
        public void A_name_with_an_invisible_letter_looks_like_the_name_without_it()
        {
            var compilation = Plan("  actor Krokom municipality\n  actor Krokom\u3164 municipality\n");

            Assert.Contains("they differ in characters that cannot be seen", Assert.Single(Reported(compilation, "SP1018")));
        }

        [Theory]
        [InlineData("I1", "Il")]
        [InlineData("IO2", "I02")]
        [InlineData("Asele", "Åsele")]
        [InlineData("Krokom", "KROKOM")]
        public void Ascii_look_alikes_and_names_that_differ_visibly_are_not_reported(string first, string second)
        {
            var compilation = Plan($"  goal {first}\n  goal {second}\n");

            Assert.Empty(Reported(compilation, "SP1018"));
        }

        [Fact]
        public void The_same_name_in_two_plans_is_not_a_look_alike()
        {
            var compilation = Compile.Files(
                ("a.plan", "municipal plan A { actor Kommunen municipality }\n"),
                ("b.plan", "municipal plan B { actor Kommunen municipality }\n"));

            Assert.Empty(Reported(compilation, "SP1018"));
        }

        [Theory]
        [InlineData("Кrokom", "Krokom")]
        [InlineData("ＫＲＯＫＯＭ１", "KROKOM1")]
        [InlineData("Ꮶrokom", "Ꮶrokom")]
        [InlineData("Krokom\u034F", "Krokom")]
        [InlineData("Åsele", "A\u030Asele")]
        [InlineData("Аsele", "Asele")]
        public void Skeletons_map_look_alikes_to_ascii(string name, string skeleton)
        {
            Assert.Equal(skeleton, Confusables.Skeleton(name));
        }

        [Fact]
        public void The_real_plans_have_no_mixed_script_or_look_alike_names()
        {
            var compilation = PlanCompilation.Create(Repository.RealPlans());

            Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Id is "SP0011" or "SP1018");
        }
    }
}
