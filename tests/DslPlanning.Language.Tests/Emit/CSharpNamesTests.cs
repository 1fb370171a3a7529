using System.Linq;
using DslPlanning.Language.Emit;
using DslPlanning.Language.Semantics;

namespace DslPlanning.Language.Tests.Emit
{
    /// <summary>The policy that turns plan names into C# names: each name's C# name depends on that name alone.</summary>
    public class CSharpNamesTests
    {
        [Theory]
        [InlineData("Krokom", "Krokom")]
        [InlineData("VästerbottenRSP", "VästerbottenRSP")]
        [InlineData("Kro-kom", "Kro_kom")]
        [InlineData("Kro_kom", "Kro_kom")]
        [InlineData("1.1", "_1_1")]
        [InlineData("2030", "_2030")]
        [InlineData("٣", "_٣")]
        [InlineData("storuman", "Storuman")]
        [InlineData("record", "Record")]
        [InlineData("var", "Var")]
        [InlineData("__arglist", "__Arglist")]
        [InlineData("storuman2", "storuman2")]
        [InlineData("östersund", "östersund")]
        [InlineData("_", "__")]
        [InlineData("__", "__")]
        [InlineData("Plan", "Plan_")]
        [InlineData("Model", "Model_")]
        [InlineData("Build", "Build_")]
        [InlineData("Goals", "Goals_")]
        [InlineData("Levels", "Levels_")]
        [InlineData("PlanCatalog", "PlanCatalog_")]
        [InlineData("DslModel", "DslModel_")]
        [InlineData("Plan_", "Plan_")]
        [InlineData("ToString", "ToString")]
        public void A_plan_class_is_the_name_with_what_CSharp_cannot_take_or_could_read_as_a_keyword_replaced(string plan, string expected)
        {
            Assert.Equal(expected, CSharpNames.PlanClass(plan));
        }

        [Theory]
        [InlineData(SymbolKind.Goal, "G2.1", "G2_1")]
        [InlineData(SymbolKind.Goal, "1.1", "_1_1")]
        [InlineData(SymbolKind.Goal, "1_1", "_1_1")]
        [InlineData(SymbolKind.Goal, "Goals", "Goals_")]
        [InlineData(SymbolKind.Area, "Goals", "Goals")]
        [InlineData(SymbolKind.Area, "Areas", "Areas_")]
        [InlineData(SymbolKind.Place, "Plan", "Plan")]
        [InlineData(SymbolKind.Action, "ToString", "ToString_")]
        [InlineData(SymbolKind.Actor, "Equals", "Equals_")]
        [InlineData(SymbolKind.Funder, "GetHashCode", "GetHashCode_")]
        [InlineData(SymbolKind.Level, "GetType", "GetType_")]
        [InlineData(SymbolKind.Place, "MemberwiseClone", "MemberwiseClone_")]
        [InlineData(SymbolKind.Place, "ReferenceEquals", "ReferenceEquals_")]
        [InlineData(SymbolKind.Place, "Finalize", "Finalize")]
        [InlineData(SymbolKind.Action, "Hemsändning", "Hemsändning")]
        [InlineData(SymbolKind.Action, "new", "new")]
        public void A_member_is_the_name_with_what_CSharp_cannot_take_replaced(SymbolKind kind, string name, string expected)
        {
            Assert.Equal(expected, CSharpNames.Member(kind, name));
        }

        [Theory]
        [InlineData("class", "@class")]
        [InlineData("record", "@record")]
        [InlineData("storuman", "@storuman")]
        [InlineData("__arglist", "@__arglist")]
        [InlineData("_", "@_")]
        [InlineData("Storuman", "Storuman")]
        [InlineData("storuman2", "storuman2")]
        [InlineData("åsele", "åsele")]
        [InlineData("_1_1", "_1_1")]
        public void Identifiers_that_are_or_could_become_keywords_are_written_verbatim(string identifier, string expected)
        {
            Assert.Equal(expected, CSharpNames.Escaped(identifier));
        }

        [Theory]
        [InlineData("DslPlanning.Plans", true)]
        [InlineData("Krokom.Planer", true)]
        [InlineData("record.file.scoped.var.global.DslModel._", true)]
        [InlineData("Åsele", true)]
        [InlineData("__arglist", false)]
        [InlineData("A.__makeref", false)]
        [InlineData("__reftype.B", false)]
        [InlineData("__refvalue", false)]
        [InlineData("int", false)]
        [InlineData("A.class", false)]
        [InlineData("@class", false)]
        [InlineData("A..B", false)]
        [InlineData("A.", false)]
        [InlineData("1A", false)]
        [InlineData("A-B", false)]
        [InlineData("not a namespace", false)]
        [InlineData("", false)]
        public void A_namespace_is_dotted_identifiers_without_reserved_keywords(string name, bool valid)
        {
            Assert.Equal(valid, CSharpNames.IsValidNamespace(name));
        }

        [Fact]
        public void A_namespace_is_at_most_200_characters()
        {
            Assert.True(CSharpNames.IsValidNamespace(new string('N', 200)));
            Assert.False(CSharpNames.IsValidNamespace(new string('N', 201)));
        }

        [Fact]
        public void Hint_names_are_short_ascii_file_names_that_tell_any_two_classes_apart()
        {
            var classes = new[]
            {
                "Krokom", "KROKOM", "Åsele", "Äsele", new string('x', 128), new string('x', 127) + "y", new string('中', 128), "_1_1",
            };

            var hints = classes.Select(CSharpNames.HintName).ToList();

            Assert.All(hints, hint => Assert.Matches("^Plan\\.[A-Za-z0-9_]{1,32}\\.[0-9a-f]{16}\\.g\\.cs$", hint));
            Assert.Equal(hints.Count, hints.Select(hint => hint.ToUpperInvariant()).Distinct().Count());
            Assert.Equal("Plan.Krokom.", CSharpNames.HintName("Krokom").Substring(0, 12));
            Assert.Equal(CSharpNames.HintName("Krokom"), CSharpNames.HintName("Krokom"));
        }
    }
}
