using System.Collections.Generic;
using System.Linq;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// The one registry of diagnostics. IDs: SP0xxx syntax · SP1xxx structure and references · SP2xxx priority
    /// levels · SP3xxx funding · SP4xxx subsidy preconditions · SP5xxx goals and follow-up · SP9xxx internal.
    /// </summary>
    public static partial class DiagnosticCatalog
    {
        private const string Syntax = "Syntax";
        private const string Structure = "Structure";
        private const string Internal = "Internal";

        public static readonly DiagnosticDescriptor SyntaxError = new(
            "SP0001", Syntax, DiagnosticSeverity.Error,
            english: new("Syntax error",
                "Unexpected {0} in {1}; expected {2}"),
            swedish: new("Syntaxfel",
                "{0} kommer oväntat i {1}; här förväntas {2}"));

        public static readonly DiagnosticDescriptor UnknownStatement = new(
            "SP0002", Syntax, DiagnosticSeverity.Error,
            english: new("Unknown statement",
                "'{0}' is not a statement of {1}{2}; expected one of: {3}"),
            swedish: new("Okänd sats",
                "'{0}' är ingen sats i {1}{2}; blocket tar emot: {3}"));

        public static readonly DiagnosticDescriptor UnterminatedString = new(
            "SP0003", Syntax, DiagnosticSeverity.Error,
            english: new("Unterminated string",
                "The string that starts here is not closed before the end of the file; add the closing '\"'"),
            swedish: new("Text utan avslutande citattecken",
                "Texten inom citattecken som börjar här avslutas inte före filens slut; lägg till det avslutande '\"'"));

        public static readonly DiagnosticDescriptor MissingClosingBrace = new(
            "SP0004", Syntax, DiagnosticSeverity.Error,
            english: new("Missing closing brace",
                "The block of {0} that opens here is not closed{1}; add '}}'"),
            swedish: new("Avslutande klammerparentes saknas",
                "Blocket för {0} som öppnas här stängs inte{1}; lägg till '}}'"));

        public static readonly DiagnosticDescriptor UnexpectedClosingBrace = new(
            "SP0005", Syntax, DiagnosticSeverity.Error,
            english: new("Unexpected closing brace",
                "Unexpected '}}' that closes no block; remove it or check the braces above"),
            swedish: new("Oväntad avslutande klammerparentes",
                "Oväntad '}}' som inte stänger något block; ta bort den eller kontrollera klammerparenteserna ovanför"));

        public static readonly DiagnosticDescriptor TextAfterStatement = new(
            "SP0006", Syntax, DiagnosticSeverity.Error,
            english: new("Text after the end of a statement",
                "Unexpected {0} after {1}; a statement ends at the end of its line (a list continues on the next line after a ',')"),
            swedish: new("Text efter slutet av en sats",
                "{0} kommer oväntat efter {1}; en sats slutar vid radens slut (en lista fortsätter på nästa rad efter ett ',')"));

        public static readonly DiagnosticDescriptor InvalidEscape = new(
            "SP0007", Syntax, DiagnosticSeverity.Error,
            english: new("Invalid escape sequence",
                "Invalid escape sequence '{0}' in a string; the escapes are \\\" \\\\ \\n \\t and \\uXXXX (four hex digits)"),
            swedish: new("Ogiltig escapesekvens",
                "Ogiltig escapesekvens '{0}' i en text inom citattecken; bara \\\" \\\\ \\n \\t och \\uXXXX (fyra hexadecimala siffror) finns"));

        public static readonly DiagnosticDescriptor EmptyFile = new(
            "SP0008", Syntax, DiagnosticSeverity.Warning,
            english: new("File without a plan",
                "The file contains no plan; write e.g. 'municipal plan Name \"Title\" {{ … }}'"),
            swedish: new("Fil utan plan",
                "Filen innehåller ingen plan; skriv t.ex. 'municipal plan Namn \"Titel\" {{ … }}'"));

        public static readonly DiagnosticDescriptor BidirectionalControl = new(
            "SP0009", Syntax, DiagnosticSeverity.Warning,
            english: new("Invisible bidirectional control character",
                "The text contains the invisible character U+{0} ({1}), which can make the plan read differently from how it is checked (Trojan Source); remove it, or write it in a string as the escape \\u{0}"),
            swedish: new("Osynligt tecken som styr textriktningen",
                "Texten innehåller det osynliga tecknet U+{0} ({1}), som kan göra att planen läses på ett annat sätt än den kontrolleras (Trojan Source); ta bort det, eller skriv det i en text inom citattecken som escapesekvensen \\u{0}"));

        public static readonly DiagnosticDescriptor DuplicateName = new(
            "SP1001", Structure, DiagnosticSeverity.Error,
            english: new("Duplicate name",
                "{0} '{1}' is already declared in plan {2} at line {3}; give one of them another name"),
            swedish: new("Namnet finns redan",
                "{0} '{1}' finns redan i planen {2} på rad {3}; byt namn på en av dem"));

        public static readonly DiagnosticDescriptor UnknownReference = new(
            "SP1002", Structure, DiagnosticSeverity.Error,
            english: new("Unknown reference",
                "Unknown {0} '{1}'{2}{3}"),
            swedish: new("Okänd referens",
                "{0} '{1}' finns inte{2}{3}"));

        public static readonly DiagnosticDescriptor DuplicatePlan = new(
            "SP1003", Structure, DiagnosticSeverity.Error,
            english: new("Duplicate plan name",
                "Plan '{0}' is also declared in {1}; plan names must be unique among the plans compiled together"),
            swedish: new("Plannamnet finns redan",
                "Planen '{0}' finns också i {1}; planer som kontrolleras tillsammans måste ha olika namn"));

        public static readonly DiagnosticDescriptor UnitMismatch = new(
            "SP1004", Structure, DiagnosticSeverity.Error,
            english: new("Wrong type or unit",
                "Expected {0} here, found {1}; write e.g. {2}"),
            swedish: new("Fel typ eller enhet",
                "Här väntas {0}, men det står {1}; skriv t.ex. {2}"));

        public static readonly DiagnosticDescriptor InvalidYearRange = new(
            "SP1005", Structure, DiagnosticSeverity.Error,
            english: new("Invalid year range",
                "The year range {0} is invalid: {1}"),
            swedish: new("Ogiltigt årsintervall",
                "Årsintervallet {0} är ogiltigt: {1}"));

        public static readonly DiagnosticDescriptor InvalidNameRange = new(
            "SP1006", Structure, DiagnosticSeverity.Error,
            english: new("Invalid name range",
                "The range {0} is invalid: {1}"),
            swedish: new("Ogiltigt namnintervall",
                "Intervallet {0} är ogiltigt: {1}"));

        public static readonly DiagnosticDescriptor InvalidDate = new(
            "SP1007", Structure, DiagnosticSeverity.Error,
            english: new("Invalid date",
                "'{0}' is not a valid date: {1}"),
            swedish: new("Ogiltigt datum",
                "'{0}' är inget giltigt datum: {1}"));

        public static readonly DiagnosticDescriptor UnknownWord = new(
            "SP1008", Structure, DiagnosticSeverity.Error,
            english: new("Unknown keyword value",
                "Unknown {0} '{1}'{2}; expected one of: {3}"),
            swedish: new("Okänt nyckelordsvärde",
                "Okänd {0} '{1}'{2}; tillåtna ord är: {3}"));

        public static readonly DiagnosticDescriptor DuplicateStatement = new(
            "SP1009", Structure, DiagnosticSeverity.Error,
            english: new("Statement given twice",
                "'{0}' is given more than once in {1} (first at line {2}); keep one"),
            swedish: new("Satsen står två gånger",
                "'{0}' anges mer än en gång i {1} (första gången på rad {2}); behåll bara en"));

        public static readonly DiagnosticDescriptor NotAFact = new(
            "SP1010", Structure, DiagnosticSeverity.Error,
            english: new("Fact does not apply",
                "'{0}' is not a fact of {1}{2}; the facts of {1} are: {3}"),
            swedish: new("Uppgiften hör inte hit",
                "'{0}' är ingen uppgift för {1}{2}; uppgifterna för {1} är: {3}"));

        public static readonly DiagnosticDescriptor WrongSymbolKind = new(
            "SP1011", Structure, DiagnosticSeverity.Error,
            english: new("Reference to the wrong kind of element",
                "'{0}' is {1}, but {2} is expected here; {3}"),
            swedish: new("Referens till fel slags element",
                "'{0}' är {1}, men här väntas {2}; {3}"));

        public static readonly DiagnosticDescriptor UnknownRuleInException = new(
            "SP1012", Structure, DiagnosticSeverity.Error,
            english: new("Exception names no rule",
                "The exception names '{0}', which is not a rule ID{1}; name the SPnnnn rule that the exception suppresses"),
            swedish: new("Undantaget anger ingen regel",
                "Undantaget anger '{0}', som inte är ID för en regel{1}; ange den SPnnnn-regel som undantaget ska åsidosätta"));

        public static readonly DiagnosticDescriptor FollowsWrongKind = new(
            "SP1013", Structure, DiagnosticSeverity.Warning,
            english: new("Plan follows a plan of an unexpected kind",
                "{0} plan {1} follows {2} plan {3}; {4}"),
            swedish: new("Planen följer en plan av oväntat slag",
                "{0} {1} följer {2} {3}; {4}"));

        public static readonly DiagnosticDescriptor FollowsCycle = new(
            "SP1014", Structure, DiagnosticSeverity.Error,
            english: new("Plans follow each other in a cycle",
                "Plans follow each other in a cycle: {0}; remove one of the 'follows'"),
            swedish: new("Planer som följer varandra i en cirkel",
                "Planerna följer varandra i en cirkel: {0}; ta bort en av dessa 'follows'"));

        public static readonly DiagnosticDescriptor ReportFileNameCollision = new(
            "SP1020", Structure, DiagnosticSeverity.Error,
            english: new("Report file name collision",
                "Plan '{0}' would write its reports to {1}, {2}; {3}"),
            swedish: new("Rapportfiler med samma namn",
                "Planen '{0}' skulle skriva sina rapporter till {1}, {2}; {3}"));
        public static readonly DiagnosticDescriptor NumberOutOfRange = new(
            "SP1021", Structure, DiagnosticSeverity.Error,
            english: new("Number out of range",
                "The value {0} is out of range: {1}; {2}"),
            swedish: new("Tal utanför tillåtet intervall",
                "Värdet {0} ligger utanför det tillåtna intervallet: {1}; {2}"));

        // SP1015 "Missing or superfluous value" is retired: it is SP1022 to SP1025.
        public static readonly DiagnosticDescriptor ValueMissing = new(
            "SP1022", Structure, DiagnosticSeverity.Error,
            english: new("Value missing",
                "'{0}' needs {1}; {2}"),
            swedish: new("Värde saknas",
                "'{0}' behöver {1}; {2}"));

        public static readonly DiagnosticDescriptor PartNotAllowed = new(
            "SP1023", Structure, DiagnosticSeverity.Error,
            english: new("Part that does not belong to the statement",
                "{0} does not belong to {1}; {2}"),
            swedish: new("Del som inte hör till satsen",
                "{0} hör inte till {1}; {2}"));

        public static readonly DiagnosticDescriptor UnitGivenTwice = new(
            "SP1024", Structure, DiagnosticSeverity.Error,
            english: new("Unit given twice",
                "The unit '{0}' is given twice, so the amount would count it twice over; write each unit once"),
            swedish: new("Enhet angiven två gånger",
                "Enheten '{0}' anges två gånger, så beloppet skulle räkna den dubbelt; skriv varje enhet en gång"));

        public static readonly DiagnosticDescriptor MoreThanOneName = new(
            "SP1025", Structure, DiagnosticSeverity.Error,
            english: new("More than one name where one is expected",
                "'{0}' names one {1}, but {2} are given; keep one and remove the others"),
            swedish: new("Mer än ett namn där ett väntas",
                "'{0}' ska ange {1}, men {2} namn har angetts; behåll ett och ta bort de andra"));

        public static readonly DiagnosticDescriptor ExtensionNotAfterPeriod = new(
            "SP1026", Structure, DiagnosticSeverity.Error,
            english: new("Extension that does not extend the period",
                "'extended-to {0}' {1}; {2}"),
            swedish: new("Förlängning som inte förlänger giltighetstiden",
                "Satsen 'extended-to {0}' {1}; {2}"));

        public static readonly DiagnosticDescriptor ActionPlanOutsidePeriod = new(
            "SP1027", Structure, DiagnosticSeverity.Error,
            english: new("Action plan outside the plan's period",
                "The action plan's years {0} lie outside the years the plan runs, {1}; {2}"),
            swedish: new("Handlingsplan utanför planens giltighetstid",
                "Handlingsplanens år {0} ligger utanför de år som planen gäller, {1}; {2}"));

        public static readonly DiagnosticDescriptor InvalidBuildProperty = new(
            "SP9002", Internal, DiagnosticSeverity.Warning,
            english: new("Invalid build property",
                "The build property {0} is '{1}', which is not {2}; {3}"),
            swedish: new("Ogiltig byggegenskap",
                "Byggegenskapen {0} är '{1}', vilket inte är {2}; {3}"));

        public static readonly DiagnosticDescriptor InternalError = new(
            "SP9001", Internal, DiagnosticSeverity.Error,
            english: new("Internal error",
                "Internal error: {0} failed ({1}: {2}); {3} was not fully checked, please report this"),
            swedish: new("Internt fel",
                "Internt fel: {0} misslyckades ({1}: {2}); {3} kontrollerades inte helt, rapportera gärna felet"));

        public static readonly DiagnosticDescriptor StatementNotBound = new(
            "SP9004", Internal, DiagnosticSeverity.Error,
            english: new("Statement parsed but not bound",
                "Internal error: '{0}' in {1} was parsed but the binder has no method for it, so it was ignored; please report this"),
            swedish: new("Sats som lästs in men inte bundits",
                "Internt fel: '{0}' i {1} lästes in, men bindaren har ingen metod för satsen, så den ignorerades; rapportera gärna felet"));

        private static IReadOnlyList<DiagnosticDescriptor>? _all;

        /// <summary>Every descriptor, in ID order (computed on first use, after every part of this class is initialised).</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All => System.Threading.LazyInitializer.EnsureInitialized(ref _all, () => typeof(DiagnosticCatalog)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
            .Select(member => (DiagnosticDescriptor)member.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal)
            .ToList())!;

        public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(descriptor => descriptor.Id == id);

        /// <summary>Whether a justified exception may suppress the rule: the rule families SP2xxx to SP5xxx.</summary>
        public static bool IsSuppressible(DiagnosticDescriptor descriptor) => descriptor.Id[2] is >= '2' and <= '5';
    }
}
