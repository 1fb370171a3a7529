using DslPlanning.Language.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DslPlanning.Analyzers
{
    /// <summary>Whether a project's C# version can compile the generated plans (<see cref="PlanEmitter.MinimumCSharpVersion"/>); SP9003 when not.</summary>
    internal static class CSharpVersion
    {
        public static LanguageVersion Minimum { get; } =
            LanguageVersionFacts.TryParse(PlanEmitter.MinimumCSharpVersion + ".0", out var version) ? version : LanguageVersion.Latest;

        public static bool Supports(ParseOptions options) => options is not CSharpParseOptions csharp || Supports(csharp.LanguageVersion);

        public static bool Supports(LanguageVersion version) => version >= Minimum;
    }
}
