using System;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Cli
{
    /// <summary>
    /// The language <c>dslplanning</c> speaks, by the one rule (<see cref="PlanLanguages.Choose"/>): <c>--language sv|en</c>
    /// wins; else the user interface's language: <c>DOTNET_CLI_UI_LANGUAGE</c> when it is set (as <c>dotnet</c> itself
    /// reads it), else the process's UI culture.
    /// </summary>
    internal static class CliLanguage
    {
        public const string Option = "--language";

        /// <summary>The environment variable the .NET SDK's commands take their UI language from.</summary>
        public const string UiLanguageVariable = "DOTNET_CLI_UI_LANGUAGE";

        /// <summary>The language of the user interface, without an explicit choice.</summary>
        public static PlanLanguage Default => PlanLanguages.Choose(null, UiCultureName());

        /// <summary>
        /// The name of the user interface's culture: <c>DOTNET_CLI_UI_LANGUAGE</c>, else <see cref="CultureInfo.CurrentUICulture"/>.
        /// The tool runs in globalization-invariant mode, where the UI culture is the invariant one whatever the system's
        /// locale: then the POSIX locale variables name it, in their order (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>),
        /// as .NET reads them when it has culture data.
        /// </summary>
        public static string? UiCultureName()
        {
            var fromVariable = Environment.GetEnvironmentVariable(UiLanguageVariable);
            if (!string.IsNullOrWhiteSpace(fromVariable))
            {
                return fromVariable;
            }

            var culture = CultureInfo.CurrentUICulture.Name;
            if (culture.Length > 0)
            {
                return culture;
            }

            return new[] { "LC_ALL", "LC_MESSAGES", "LANG" }
                .Select(Environment.GetEnvironmentVariable)
                .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        }
    }
}
