namespace DslPlanning.Language.Diagnostics
{
    /// <summary>The text of a plan file and its names: encoding, scripts and look-alike names.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor NotUtf8 = new(
            "SP0010", Syntax, DiagnosticSeverity.Error,
            english: new("File not saved as UTF-8",
                "The file is not UTF-8: {0}; save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8)"),
            swedish: new("Filen är inte sparad som UTF-8",
                "Filen är inte UTF-8: {0}; spara filen med teckenkodningen UTF-8 (i Anteckningar eller VS Code: Spara som, Kodning UTF-8)"));

        public static readonly DiagnosticDescriptor MixedScriptName = new(
            "SP0011", Syntax, DiagnosticSeverity.Warning,
            english: new("Name mixes scripts",
                "The name '{0}' mixes {1} letters with {2}, so it can look exactly like another name; retype it in {1} letters"),
            swedish: new("Namnet blandar skriftsystem",
                "Namnet '{0}' blandar {1} med {2}, så det kan se ut precis som ett annat namn; skriv om det med bara {1}"));

        public static readonly DiagnosticDescriptor ConfusableName = new(
            "SP1018", Structure, DiagnosticSeverity.Warning,
            english: new("Name looks like another name",
                "{0} '{1}' looks like the {2} '{3}' ({4}) but is another name: {5}; a reader cannot tell them apart, so retype the name, or give it one that looks different"),
            swedish: new("Namn som ser ut som ett annat namn",
                "{0} '{1}' ser ut som {2} '{3}' ({4}) men är ett annat namn: {5}; en läsare kan inte skilja dem åt, så skriv om namnet eller ge det ett namn som ser annorlunda ut"));
    }
}
