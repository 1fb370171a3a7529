using System.Globalization;
using System.Text;

namespace DslPlanning.Model
{
    /// <summary>Formats numbers the Swedish way: digit groups of three separated by a space, decimal comma.</summary>
    public static class SwedishNumber
    {
        public static string Format(decimal value, char groupSeparator = ' ')
        {
            var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
            var negative = text.StartsWith("-", System.StringComparison.Ordinal);
            if (negative)
            {
                text = text.Substring(1);
            }

            var dot = text.IndexOf('.');
            var integer = dot < 0 ? text : text.Substring(0, dot);
            var fraction = dot < 0 ? string.Empty : text.Substring(dot + 1);

            var builder = new StringBuilder();
            if (negative)
            {
                builder.Append('−');
            }

            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    builder.Append(groupSeparator);
                }

                builder.Append(integer[i]);
            }

            if (fraction.Length > 0)
            {
                builder.Append(',').Append(fraction);
            }

            return builder.ToString();
        }
    }
}
