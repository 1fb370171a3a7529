using System.Text.Json;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// The editor's settings for the server, from <c>initializationOptions</c> and from
    /// <c>workspace/didChangeConfiguration</c> (<c>settings.dslplanning</c>, or the object itself):
    /// <c>{ "asOf": "2026-01-01", "inlayHints": { "enabled": true } }</c>. A value that cannot be read keeps its
    /// default, and <see cref="Problems"/> says why, for the editor's log.
    /// </summary>
    internal sealed record ServerSettings(PlanDate? AsOf, bool InlayHints, string? Problems)
    {
        public static ServerSettings Default { get; } = new(null, false, null);

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

            string? problems = null;
            PlanDate? asOf = null;
            if (root.TryGetProperty("asOf", out var asOfValue) && asOfValue.ValueKind == JsonValueKind.String && asOfValue.GetString() is { Length: > 0 } text)
            {
                asOf = PlanDate.Parse(text);
                if (asOf is null)
                {
                    problems = $"the setting asOf '{text}' is not a date YYYY-MM-DD; the plans are checked without a date";
                }
            }

            var inlayHints = root.TryGetProperty("inlayHints", out var hints)
                && hints.ValueKind == JsonValueKind.Object
                && hints.TryGetProperty("enabled", out var enabled)
                && enabled.ValueKind == JsonValueKind.True;
            return new ServerSettings(asOf, inlayHints, problems);
        }
    }
}
