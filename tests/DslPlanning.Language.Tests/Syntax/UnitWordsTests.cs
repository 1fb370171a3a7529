using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using static DslPlanning.Language.Tests.Syntax.Snippet;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>The unit list that completion offers is the list the scanner reads.</summary>
    public class UnitWordsTests
    {
        [Fact]
        public void Every_unit_word_reads_as_its_unit_multiplied_by_its_factor()
        {
            Assert.All(UnitWords.All, unit =>
            {
                var (parsed, _) = SchemeValue("2 " + unit.Word);

                var quantity = Assert.IsType<QuantitySyntax>(parsed);
                Assert.Equal(unit.Unit, quantity.Unit);
                Assert.Equal(2m * unit.Factor, quantity.Value);
            });
        }

        [Fact]
        public void A_word_that_is_no_unit_is_not_found()
        {
            Assert.Null(UnitWords.Find("kilo"));
            Assert.Equal("kr", UnitWords.Find("tkr")!.Unit);
        }
    }
}
