using System.Collections.Generic;
using System.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Text
{
    /// <summary>
    /// Confusable names, after Unicode TR39 (section 4, skeletons): two names are confusable when their skeletons are
    /// equal but their texts are not. The skeleton is the name in NFD, without the default-ignorable characters that
    /// draw nothing, with each character that looks like an ASCII letter or digit replaced by it.
    /// </summary>
    /// <remarks>
    /// The mapping is a compact part of TR39's confusables.txt: the Cyrillic, Greek, Armenian and Lisu letters that are
    /// drawn like Latin ones, the fullwidth forms, and Latin letters without a dot or in another shape (ı, ɑ, ɡ, ǀ).
    /// ASCII is mapped to itself: <c>I1</c> and <c>Il</c>, <c>IO2</c> and <c>I02</c> are told apart by every font a plan is
    /// edited in and are common in goal ids, so they are not reported (TR39 maps I, l and 1 together). Letters that TR39
    /// does not map to a Latin letter either (Cyrillic к, Greek κ) are left to the mixed-script check, SP0011.
    /// </remarks>
    public static class Confusables
    {
        /// <summary>Each pair: a character drawn like an ASCII letter (escaped, so that this file can be read) and that letter.</summary>
        private static readonly Dictionary<char, char> Prototypes = Build(
            // Cyrillic
            "\u0410A \u0412B \u0415E \u0405S \u0406I \u0408J \u041AK \u041CM \u041DH \u041EO \u0420P \u0421C \u0422T \u0423Y \u0425X \u04AEY \u04C0I \u051AQ \u051CW \u0430a \u0435e \u043Eo \u0440p \u0441c \u0443y \u0445x \u0455s \u0456i \u0458j \u04BBh \u0501d \u051Bq \u051Dw \u04CFl " +
            // Greek
            "\u0391A \u0392B \u0395E \u0396Z \u0397H \u0399I \u039AK \u039CM \u039DN \u039FO \u03A1P \u03A4T \u03A5Y \u03A7X \u03B1a \u03B3y \u03B9i \u03BDv \u03BFo \u03C1p \u03C5u \u03F2c \u03F3j " +
            // Armenian
            "\u054DU \u054FS \u0555O \u0570h \u0578n \u057Du \u0585o " +
            // Lisu
            "\uA4EEA \uA4D0B \uA4DAC \uA4D3D \uA4F0E \uA4DDF \uA4D6G \uA4E7H \uA4F2I \uA4D9J \uA4D7K \uA4E1L \uA4DFM \uA4E0N \uA4F3O \uA4D1P \uA4E3R \uA4E2S \uA4D4T \uA4F4U \uA4E6V \uA4EAW \uA4EBX \uA4ECY \uA4DCZ " +
            // Latin
            "\u0131i \u0251a \u0261g \u0269i \u01C0l ");

        public static string Skeleton(string name)
        {
            var decomposed = Normalization.Decompose(name);
            var skeleton = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (c >= '\uFF01' && c <= '\uFF5E')
                {
                    skeleton.Append((char)(c - 0xFEE0));
                }
                else if (Prototypes.TryGetValue(c, out var prototype))
                {
                    skeleton.Append(prototype);
                }
                else if (!PrintableText.IsInvisibleLetterOrMark(c))
                {
                    skeleton.Append(c);
                }
            }

            return skeleton.ToString();
        }

        private static Dictionary<char, char> Build(string pairs)
        {
            var map = new Dictionary<char, char>();
            foreach (var pair in pairs.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                map.Add(pair[0], pair[1]);
            }

            return map;
        }
    }
}
