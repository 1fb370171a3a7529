using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace DslPlanning.Analyzers.Tests.Robustness
{
    /// <summary>Random edits of a plan's text: delete, duplicate, swap lines, truncate, insert strange characters.</summary>
    public sealed record Mutation(int Kind, int Position, int Length, string Insert)
    {
        /// <summary>Characters that break naive parsers and readers: bidi controls, NUL, surrogates, quotes, braces, line ends.</summary>
        private const string Nasty = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\0\uD800\uDC00\uFEFF\u00A0\u2028\r\n\t\"\\{}#;,.–åäöÅÄÖ0123456789%";

        public static readonly Gen<string> Insertions = Gen.OneOf(
            Gen.String[0, 30],
            Gen.Char[Nasty].Array[1, 12].Select(chars => new string(chars)),
            Gen.OneOf(Gen.Const("\""), Gen.Const("{"), Gen.Const("}"), Gen.Const("..2030"), Gen.Const(" kr"), Gen.Const(" per year"), Gen.Const("\n  area X {\n"), Gen.Const("# "), Gen.Const("\\u202E")));

        public static readonly Gen<Mutation> Any =
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1_000_000], Gen.Int[0, 400], Insertions, (kind, position, length, insert) => new Mutation(kind, position, length, insert));

        public static readonly Gen<(int Plan, Mutation[] Edits)> OfRealPlan = Gen.Select(Gen.Int[0, 4], Any.Array[1, 4], (plan, edits) => (plan, edits));

        public string Apply(string text)
        {
            var position = text.Length == 0 ? 0 : Position % (text.Length + 1);
            var length = Math.Min(Length, text.Length - position);
            switch (Kind)
            {
                case 0:
                    return text.Remove(position, length);
                case 1:
                    return text.Insert(position, text.Substring(position, length));
                case 2:
                    var lines = text.Split('\n');
                    var first = Position % lines.Length;
                    var second = Length % lines.Length;
                    (lines[first], lines[second]) = (lines[second], lines[first]);
                    return string.Join("\n", lines);
                case 3:
                    return text.Substring(0, position);
                default:
                    return text.Insert(position, Insert);
            }
        }

        public static string Describe((int Plan, Mutation[] Edits) sample) =>
            $"plan {sample.Plan}: " + string.Join("; ", sample.Edits.Select(edit => $"kind {edit.Kind} at {edit.Position} len {edit.Length} insert {Escape(edit.Insert)}"));

        private static string Escape(string text)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in text)
            {
                builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
            }

            return builder.Append('"').ToString();
        }
    }
}
