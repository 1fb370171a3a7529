using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace DslPlanning.Language.Text
{
    /// <summary>
    /// The Unicode data names need, for the Basic Multilingual Plane (names hold no other characters): canonical
    /// decompositions and compositions, canonical combining classes and scripts. Read once from unicode-data.txt, which
    /// scripts/unicode-data.py generates. Built in rather than asked of the runtime, because .NET normalises only with
    /// ICU, which is absent in invariant-globalization mode (the CLI, many CI containers): names must be read the same
    /// everywhere, or the generated C# would depend on the machine.
    /// </summary>
    internal static class UnicodeData
    {
        private const char HangulFirst = '\uAC00';
        private const int HangulCount = 11172;
        private const int VowelCount = 21;
        private const int TrailCount = 28;

        private static readonly Lazy<Tables> Data = new(Load);

        public static int CombiningClass(char c) => Data.Value.CombiningClasses[c];

        /// <summary>The script of a letter, digit or mark ("Latin", "Cyrillic" …), or null for none (ASCII digits, general marks).</summary>
        public static string? Script(char c)
        {
            var index = Data.Value.ScriptIndexes[c];
            return index == 0 ? null : Data.Value.ScriptNames[index];
        }

        /// <summary>Appends the full canonical decomposition of <paramref name="c"/>.</summary>
        public static void Decompose(char c, List<char> output)
        {
            var index = c - HangulFirst;
            if (index >= 0 && index < HangulCount)
            {
                output.Add((char)(0x1100 + (index / (VowelCount * TrailCount))));
                output.Add((char)(0x1161 + (index % (VowelCount * TrailCount) / TrailCount)));
                if (index % TrailCount != 0)
                {
                    output.Add((char)(0x11A7 + (index % TrailCount)));
                }

                return;
            }

            if (Data.Value.Decompositions.TryGetValue(c, out var parts))
            {
                foreach (var part in parts)
                {
                    Decompose(part, output);
                }
            }
            else
            {
                output.Add(c);
            }
        }

        /// <summary>The primary composite of two characters, or '\0'.</summary>
        public static char Compose(char first, char second)
        {
            if (first >= '\u1100' && first < '\u1113' && second >= '\u1161' && second < '\u1176')
            {
                return (char)(HangulFirst + ((((first - 0x1100) * VowelCount) + (second - 0x1161)) * TrailCount));
            }

            var index = first - HangulFirst;
            if (index >= 0 && index < HangulCount && index % TrailCount == 0 && second > '\u11A7' && second < '\u11C3')
            {
                return (char)(first + (second - 0x11A7));
            }

            return Data.Value.Compositions.TryGetValue((first << 16) | second, out var composite) ? composite : '\0';
        }

        private sealed class Tables
        {
            public Dictionary<char, string> Decompositions { get; } = new();

            public Dictionary<int, char> Compositions { get; } = new();

            public byte[] CombiningClasses { get; } = new byte[0x10000];

            public byte[] ScriptIndexes { get; } = new byte[0x10000];

            public List<string> ScriptNames { get; } = new() { string.Empty };
        }

        private static Tables Load()
        {
            var tables = new Tables();
            using var stream = typeof(UnicodeData).Assembly.GetManifestResourceStream("DslPlanning.Language.Text.unicode-data.txt")
                ?? throw new InvalidOperationException("unicode-data.txt is not embedded in " + typeof(UnicodeData).Assembly.GetName().Name);
            using var reader = new StreamReader(stream);
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var fields = line.Split(' ');
                switch (fields[0])
                {
                    case "d":
                    case "D":
                        var composite = Char(fields[1]);
                        var parts = new StringBuilder();
                        for (var i = 2; i < fields.Length; i++)
                        {
                            parts.Append(char.ConvertFromUtf32(CodePoint(fields[i])));
                        }

                        tables.Decompositions.Add(composite, parts.ToString());
                        if (fields[0] == "d" && fields.Length == 4)
                        {
                            tables.Compositions.Add((parts[0] << 16) | parts[1], composite);
                        }

                        break;
                    case "c":
                        Fill(tables.CombiningClasses, fields, byte.Parse(fields[3], CultureInfo.InvariantCulture));
                        break;
                    case "s":
                        var script = tables.ScriptNames.IndexOf(fields[3]);
                        if (script < 0)
                        {
                            script = tables.ScriptNames.Count;
                            tables.ScriptNames.Add(fields[3]);
                        }

                        Fill(tables.ScriptIndexes, fields, checked((byte)script));
                        break;
                }
            }

            return tables;
        }

        private static void Fill(byte[] table, string[] fields, byte value)
        {
            for (int code = Char(fields[1]), last = Char(fields[2]); code <= last; code++)
            {
                table[code] = value;
            }
        }

        private static char Char(string hex) => checked((char)CodePoint(hex));

        private static int CodePoint(string hex) => int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
