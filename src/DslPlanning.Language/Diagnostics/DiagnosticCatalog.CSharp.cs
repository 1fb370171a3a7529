namespace DslPlanning.Language.Diagnostics
{
    /// <summary>What keeps every plan without errors compilable to C#: sizes, names and the project's C# version.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor NameTooLong = new(
            "SP0012", Syntax, DiagnosticSeverity.Error,
            english: new("Name too long",
                "The name '{0}' is {1} characters long, more than the {2} a name may have; use a shorter name and give the full wording as the title in quotes"),
            swedish: new("För långt namn",
                "Namnet '{0}' är {1} tecken långt, mer än de {2} tecken som ett namn får ha; använd ett kortare namn och skriv hela formuleringen som titel inom citattecken"));

        public static readonly DiagnosticDescriptor TextTooLong = new(
            "SP0013", Syntax, DiagnosticSeverity.Error,
            english: new("Text too long",
                "{0}, more than the {1}; {2}"),
            swedish: new("För lång text",
                "{0}, mer än {1}; {2}"));

        public static readonly DiagnosticDescriptor SameCSharpName = new(
            "SP1019", Structure, DiagnosticSeverity.Error,
            english: new("Names that become the same C# name",
                "{0} '{1}' becomes the C# {2}, as does {3} '{4}' {5}; C# code could not tell them apart, so rename one of them"),
            swedish: new("Namn som blir samma namn i C#",
                "{0} '{1}' blir {2} i C#, liksom {3} '{4}' {5}; C#-kod kan inte skilja dem åt, så byt namn på en av dem"));

        public static readonly DiagnosticDescriptor CSharpVersionTooOld = new(
            "SP9003", Internal, DiagnosticSeverity.Error,
            english: new("C# version too old for the generated plans",
                "The project compiles C# {0}, but the C# generated from its plans needs C# {1} or later, so no plan was compiled to C#; set <LangVersion>{1}</LangVersion> (or later) in the project file"),
            swedish: new("För gammal C#-version för de genererade planerna",
                "Projektet kompileras som C# {0}, men den C#-kod som genereras från dess planer kräver C# {1} eller senare, så ingen plan kompilerades till C#; ange <LangVersion>{1}</LangVersion> (eller senare) i projektfilen"));
    }
}
