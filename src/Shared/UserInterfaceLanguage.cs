using System;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Files
{
    /// <summary>
    /// The language of the user interface a program runs in, for the tools that have no explicit choice (linked into the
    /// CLI, the language server and the report job; analyzers read build properties instead). <c>DOTNET_CLI_UI_LANGUAGE</c>
    /// when it is set (as <c>dotnet</c> itself reads it), else the process's UI culture. The tools run in
    /// globalization-invariant mode, where the UI culture is the invariant one whatever the system's locale: then the POSIX
    /// locale variables name it, in their order (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>), as .NET reads them when it
    /// has culture data.
    /// </summary>
    internal static class UserInterfaceLanguage
    {
        /// <summary>The environment variable the .NET SDK's commands take their UI language from.</summary>
        public const string Variable = "DOTNET_CLI_UI_LANGUAGE";

        /// <summary>The language by the one rule (<see cref="PlanLanguages.Choose"/>): <paramref name="choice"/> when it names one, else the user interface's.</summary>
        public static PlanLanguage Choose(string? choice) => PlanLanguages.Choose(choice, CultureName());

        /// <summary>The name of the user interface's culture, or null when nothing names one.</summary>
        public static string? CultureName()
        {
            var fromVariable = Environment.GetEnvironmentVariable(Variable);
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
