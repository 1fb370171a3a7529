using System.Globalization;
using System.Text;

namespace DslPlanning.Corpus
{
    /// <summary>Writes plan text with indentation; numbers in the plan language's Swedish grouping.</summary>
    internal sealed class PlanWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public PlanWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 2).Append(line);
            }

            _text.Append('\n');
            return this;
        }

        public PlanWriter Open(string header)
        {
            Line(header + " {");
            _indent++;
            return this;
        }

        public PlanWriter Close()
        {
            _indent--;
            return Line("}");
        }

        public static string Kronor(long amount)
        {
            var digits = amount.ToString(CultureInfo.InvariantCulture);
            var grouped = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    grouped.Append(' ');
                }

                grouped.Append(digits[i]);
            }

            return grouped + " kr";
        }

        public override string ToString() => _text.ToString();
    }
}
