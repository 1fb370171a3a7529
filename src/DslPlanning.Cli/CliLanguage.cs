using DslPlanning.Files;
using DslPlanning.Model;

namespace DslPlanning.Cli
{
    /// <summary>
    /// The language <c>dslplanning</c> speaks, by the one rule (<see cref="PlanLanguages.Choose"/>): <c>--language sv|en</c>
    /// wins; else the user interface's language (<see cref="UserInterfaceLanguage"/>).
    /// </summary>
    internal static class CliLanguage
    {
        public const string Option = "--language";

        /// <summary>The environment variable the .NET SDK's commands take their UI language from.</summary>
        public const string UiLanguageVariable = UserInterfaceLanguage.Variable;

        /// <summary>The language of the user interface, without an explicit choice.</summary>
        public static PlanLanguage Default => UserInterfaceLanguage.Choose(null);
    }
}
