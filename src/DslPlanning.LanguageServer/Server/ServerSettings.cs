using System.Collections.Generic;
using System.Text.Json;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The editor's settings for the server, from <c>initializationOptions</c> and from
    /// <c>workspace/didChangeConfiguration</c> (<c>settings.dslplanning</c>, or the object itself):
    /// <c>{ "asOf": "2026-01-01", "inlayHints": { "enabled": true }, "language": "sv" }</c>. A value that cannot be read
    /// keeps its default, and <see cref="Problems"/> says why, for the editor's log.
    /// </summary>
    /// <param name="Language">The language of the diagnostics, when the setting chooses one; else the editor's (<see cref="PlanLanguages"/>).</param>
    internal sealed record ServerSettings(PlanDate? AsOf, bool InlayHints, PlanLanguage? Language, string? Problems)
    {
        public static ServerSettings Default { get; } = new(null, false, null, null);

        public static ServerSettings Read(JsonElement? settings)
        {
            if (settings is not { ValueKind: JsonValueKind.Object } root)
            {
                return Default;
            }

            if (root.TryGetProperty("dslplanning", out var section) && section.ValueKind == JsonValueKind.Object)
            {
                root = section;
            }

            var problems = new List<string>();
            PlanDate? asOf = null;
            if (root.TryGetProperty("asOf", out var asOfValue) && asOfValue.ValueKind == JsonValueKind.String && asOfValue.GetString() is { Length: > 0 } text)
            {
                asOf = PlanDate.Parse(text);
                if (asOf is null)
                {
                    problems.Add($"the setting asOf '{text}' is not a date YYYY-MM-DD; the plans are checked without a date");
                }
            }

            var inlayHints = root.TryGetProperty("inlayHints", out var hints)
                && hints.ValueKind == JsonValueKind.Object
                && hints.TryGetProperty("enabled", out var enabled)
                && enabled.ValueKind == JsonValueKind.True;
            PlanLanguage? language = null;
            if (root.TryGetProperty("language", out var languageValue) && languageValue.ValueKind == JsonValueKind.String
                && languageValue.GetString() is { Length: > 0 } choice && choice != "auto")
            {
                language = PlanLanguages.Parse(choice);
                if (language is null)
                {
                    problems.Add($"the setting language '{choice}' is not sv, en or auto; the diagnostics follow the editor's language");
                }
            }

            return new ServerSettings(asOf, inlayHints, language, problems.Count == 0 ? null : PrintableText.Escape(string.Join("; ", problems)));
        }
    }
}
