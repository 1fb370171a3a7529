using System.Text;

namespace DslPlanning.Reports.Content
{
    /// <summary>
    /// The file name stem of a plan's reports: lower-case ASCII words joined by hyphens, split where the plan name changes
    /// case or between letters and digits (<c>VästerbottenHandlingsplan2018</c> → <c>vasterbotten-handlingsplan-2018</c>).
    /// </summary>
    public static class PlanSlug
    {
        public static string For(string name)
        {
            var slug = new StringBuilder();
            char? previous = null;
            foreach (var original in name)
            {
                var c = Transliterate(original);
                if (!char.IsLetterOrDigit(c) || c > 127)
                {
                    Hyphen(slug);
                    previous = null;
                    continue;
                }

                if (previous is { } p && (char.IsLower(p) && char.IsUpper(c) || char.IsLetter(p) != char.IsLetter(c)))
                {
                    Hyphen(slug);
                }

                slug.Append(char.ToLowerInvariant(c));
                previous = c;
            }

            var result = slug.ToString().Trim('-');
            return result.Length == 0 ? "plan" : result;
        }

        private static void Hyphen(StringBuilder slug)
        {
            if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }

        private static char Transliterate(char c) => c switch
        {
            'å' or 'ä' or 'á' or 'à' => 'a',
            'Å' or 'Ä' or 'Á' or 'À' => 'A',
            'ö' or 'ø' or 'ó' => 'o',
            'Ö' or 'Ø' or 'Ó' => 'O',
            'é' or 'è' or 'ë' => 'e',
            'É' or 'È' or 'Ë' => 'E',
            'ü' => 'u',
            'Ü' => 'U',
            _ => c,
        };
    }
}
