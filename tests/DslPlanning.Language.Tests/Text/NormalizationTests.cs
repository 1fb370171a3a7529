using DslPlanning.Language.Text;

namespace DslPlanning.Language.Tests.Text
{
    /// <summary>NFC and NFD with the built-in Unicode data (the runtime's normalization is a no-op in invariant mode).</summary>
    public class NormalizationTests
    {
        [Theory]
        [InlineData("A\u030Asele", "\u00C5sele")]            // Åsele typed as A + COMBINING RING ABOVE
        [InlineData("\u00C5sele", "\u00C5sele")]
        [InlineData("a\u0323\u0302", "\u1EAD")]              // ậ, the marks in canonical order
        [InlineData("a\u0302\u0323", "\u1EAD")]              // ậ, the marks in the other order
        [InlineData("\u00E2\u0323", "\u1EAD")]               // â + dot below recomposes to ậ
        [InlineData("c\u030Cearru", "\u010Dearru")]          // Sami č
        [InlineData("\u0438\u0306", "\u0439")]               // Cyrillic й
        [InlineData("\u212Aelvin \u212B", "Kelvin \u00C5")]  // KELVIN SIGN and ANGSTROM SIGN are K and Å
        [InlineData("\u1100\u1161\u11A8", "\uAC01")]         // Hangul jamo compose to 각
        [InlineData("\u0958", "\u0915\u093C")]               // excluded from composition: stays decomposed
        [InlineData("\u304B\u3099", "\u304C")]               // か + voiced mark is が
        [InlineData("\u0301a", "\u0301a")]                   // a mark with nothing before it stays
        [InlineData("Krokom", "Krokom")]
        [InlineData("", "")]
        public void Compose_gives_nfc(string text, string nfc)
        {
            Assert.Equal(nfc, Normalization.Compose(text));
            Assert.Equal(nfc, Normalization.Compose(nfc));
        }

        [Theory]
        [InlineData("\u00C5sele", "A\u030Asele")]
        [InlineData("\u1EAD", "a\u0323\u0302")]
        [InlineData("\u01D6", "u\u0308\u0304")]              // ǖ: two steps
        [InlineData("\uAC01", "\u1100\u1161\u11A8")]
        [InlineData("\uFA6C", "\U000242EE")]                 // a compatibility ideograph whose decomposition is outside the BMP
        public void Decompose_gives_nfd(string text, string nfd)
        {
            Assert.Equal(nfd, Normalization.Decompose(text));
        }
    }
}
