namespace DslPlanning.LanguageServer.Features.InlayHints
{
    /// <summary>A computed figure shown after <see cref="Offset"/>, with what it is (the hint's tooltip).</summary>
    internal sealed record FigureHint(int Offset, string Label, string Tooltip);
}
