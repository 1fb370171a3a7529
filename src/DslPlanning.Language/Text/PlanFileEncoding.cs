using System.Text;

namespace DslPlanning.Language.Text
{
    /// <summary>The first byte of a plan file that is not UTF-8: where it stands in the decoded text, and its value.</summary>
    public sealed record NotUtf8Byte(int Offset, byte Value);

    /// <summary>
    /// How a tool reads a plan file from its bytes, as the C# compiler reads additional files: UTF-8 with or without a
    /// byte order mark, or UTF-16 with a byte order mark; a byte that is not UTF-8 becomes U+FFFD (the replacement
    /// character). The first such byte is kept, so that SP0010 can name it; the compiler does not tell analyzers the
    /// bytes, so in a build SP0010 points at the first U+FFFD instead.
    /// </summary>
    public static class PlanFileEncoding
    {
        public static (string Text, NotUtf8Byte? NotUtf8) Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                return (new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true).GetString(bytes, 2, bytes.Length - 2), null);
            }

            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            var invalid = FirstInvalidUtf8(bytes, start);
            return invalid < 0
                ? (text, null)
                : (text, new NotUtf8Byte(Encoding.UTF8.GetCharCount(bytes, start, invalid - start), bytes[invalid]));
        }

        /// <summary>
        /// The bytes of <paramref name="text"/> in the encoding of a file's <paramref name="original"/> bytes: UTF-16 (little
        /// or big endian) with its byte order mark, or UTF-8 with a byte order mark when the original has one, without otherwise.
        /// </summary>
        public static byte[] EncodeLike(byte[] original, string text)
        {
            Encoding encoding;
            if (original.Length >= 2 && ((original[0] == 0xFF && original[1] == 0xFE) || (original[0] == 0xFE && original[1] == 0xFF)))
            {
                encoding = new UnicodeEncoding(bigEndian: original[0] == 0xFE, byteOrderMark: true);
            }
            else
            {
                encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF);
            }

            var preamble = encoding.GetPreamble();
            var bytes = new byte[preamble.Length + encoding.GetByteCount(text)];
            preamble.CopyTo(bytes, 0);
            encoding.GetBytes(text, 0, text.Length, bytes, preamble.Length);
            return bytes;
        }

        /// <summary>The index of the first byte that is not part of well-formed UTF-8 (shortest form, no surrogates, at most U+10FFFF), or -1.</summary>
        private static int FirstInvalidUtf8(byte[] bytes, int start)
        {
            var index = start;
            while (index < bytes.Length)
            {
                var lead = bytes[index];
                var (length, low, high) = lead switch
                {
                    < 0x80 => (1, 0x80, 0xBF),
                    >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
                    0xE0 => (3, 0xA0, 0xBF),
                    0xED => (3, 0x80, 0x9F),
                    >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
                    0xF0 => (4, 0x90, 0xBF),
                    >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
                    0xF4 => (4, 0x80, 0x8F),
                    _ => (0, 0, 0),
                };
                if (length == 0 || index + length > bytes.Length)
                {
                    return index;
                }

                for (var next = 1; next < length; next++)
                {
                    var value = bytes[index + next];
                    if (value < (next == 1 ? low : 0x80) || value > (next == 1 ? high : 0xBF))
                    {
                        return index;
                    }
                }

                index += length;
            }

            return -1;
        }
    }
}
