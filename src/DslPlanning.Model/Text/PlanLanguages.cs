using System;

namespace DslPlanning.Model
{
    /// <summary>
    /// How every host picks the language of its messages, the one rule: an explicit choice (the build's
    /// <c>DslPlanningLanguage</c>, the CLI's <c>--language</c>, the editor's setting) wins; else the user interface's
    /// language (the build's <c>PreferredUILang</c>, which <c>DOTNET_CLI_UI_LANGUAGE</c> sets; the process's UI culture;
    /// the editor's locale) gives Swedish for any Swedish culture and English for every other.
    /// </summary>
    public static class PlanLanguages
    {
        /// <summary>The values an explicit choice takes, as messages list them.</summary>
        public static Phrase Choices => Phrase.Of("sv or en", "sv eller en");

        /// <summary>The language an explicit choice names (<c>sv</c>, <c>en</c>, in any case), or null when it names none.</summary>
        public static PlanLanguage? Parse(string? choice) => (choice ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "sv" => PlanLanguage.Swedish,
            "en" => PlanLanguage.English,
            _ => null,
        };

        /// <summary>The language of a culture's name (<c>sv</c>, <c>sv-SE</c>, <c>sv_FI.UTF-8</c> give Swedish; anything else, English).</summary>
        public static PlanLanguage FromCulture(string? cultureName)
        {
            var name = (cultureName ?? string.Empty).Trim();
            var isSwedish = name.StartsWith("sv", StringComparison.OrdinalIgnoreCase)
                && (name.Length == 2 || name[2] == '-' || name[2] == '_' || name[2] == '.');
            return isSwedish ? PlanLanguage.Swedish : PlanLanguage.English;
        }

        /// <summary>The one rule: the explicit <paramref name="choice"/> when it names a language, else the user interface's culture.</summary>
        public static PlanLanguage Choose(string? choice, string? uiCultureName) => Parse(choice) ?? FromCulture(uiCultureName);

        /// <summary>The code of a language as the choices write it: <c>sv</c>, <c>en</c>.</summary>
        public static string Code(this PlanLanguage language) => language == PlanLanguage.Swedish ? "sv" : "en";
    }
}
