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
            "SP0001", "Syntax error",
            "Unexpected {0} in {1}; expected {2}", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownStatement = new(
            "SP0002", "Unknown statement",
            "'{0}' is not a statement of {1}{2}; expected one of: {3}", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnterminatedString = new(
            "SP0003", "Unterminated string",
            "The string that starts here is not closed before the end of the file; add the closing '\"'", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingClosingBrace = new(
            "SP0004", "Missing closing brace",
            "The block of {0} that opens here is not closed{1}; add '}}'", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnexpectedClosingBrace = new(
            "SP0005", "Unexpected closing brace",
            "Unexpected '}}' that closes no block; remove it or check the braces above", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TextAfterStatement = new(
            "SP0006", "Text after the end of a statement",
            "Unexpected {0} after {1}; a statement ends at the end of its line (a list continues on the next line after a ',')", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidEscape = new(
            "SP0007", "Invalid escape sequence",
            "Invalid escape sequence '{0}' in a string; the escapes are \\\" \\\\ \\n \\t and \\uXXXX (four hex digits)", Syntax, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EmptyFile = new(
            "SP0008", "File without a plan",
            "The file contains no plan; write e.g. 'municipal plan Name \"Title\" {{ … }}'", Syntax, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor BidirectionalControl = new(
            "SP0009", "Invisible bidirectional control character",
            "The text contains the invisible character U+{0} ({1}), which can make the plan read differently from how it is checked (Trojan Source); remove it, or write it in a string as the escape \\u{0}", Syntax, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateName = new(
            "SP1001", "Duplicate name",
            "{0} '{1}' is already declared in plan {2} at line {3}; give one of them another name", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownReference = new(
            "SP1002", "Unknown reference",
            "Unknown {0} '{1}'{2}{3}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicatePlan = new(
            "SP1003", "Duplicate plan name",
            "Plan '{0}' is also declared in {1}; plan names must be unique among the plans compiled together", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnitMismatch = new(
            "SP1004", "Wrong type or unit",
            "Expected {0} here, found {1}; write e.g. {2}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidYearRange = new(
            "SP1005", "Invalid year range",
            "The year range {0} is invalid: {1}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidNameRange = new(
            "SP1006", "Invalid name range",
            "The range {0} is invalid: {1}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidDate = new(
            "SP1007", "Invalid date",
            "'{0}' is not a valid date: {1}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownWord = new(
            "SP1008", "Unknown keyword value",
            "Unknown {0} '{1}'{2}; expected one of: {3}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateStatement = new(
            "SP1009", "Statement given twice",
            "'{0}' is given more than once in {1} (first at line {2}); keep one", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotAFact = new(
            "SP1010", "Fact does not apply",
            "'{0}' is not a fact of {1}{2}; the facts of {1} are: {3}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor WrongSymbolKind = new(
            "SP1011", "Reference to the wrong kind of element",
            "'{0}' is {1}, but {2} is expected here; {3}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownRuleInException = new(
            "SP1012", "Exception names no rule",
            "The exception names '{0}', which is not a rule ID{1}; name the SPnnnn rule that the exception suppresses", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor FollowsWrongKind = new(
            "SP1013", "Plan follows a plan of an unexpected kind",
            "{0} plan {1} follows {2} plan {3}; {4}", Structure, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor FollowsCycle = new(
            "SP1014", "Plans follow each other in a cycle",
            "Plans follow each other in a cycle: {0}; remove one of the 'follows'", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ReportFileNameCollision = new(
            "SP1020", "Report file name collision",
            "Plan '{0}' would write its reports to {1}, {2}; {3}", Structure, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor NumberOutOfRange = new(
            "SP1021", "Number out of range",
            "The value {0} is out of range: {1}; {2}", Structure, DiagnosticSeverity.Error);

        // SP1015 "Missing or superfluous value" is retired: it is SP1022 to SP1025.
        public static readonly DiagnosticDescriptor ValueMissing = new(
            "SP1022", "Value missing",
            "'{0}' needs {1}; {2}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor PartNotAllowed = new(
            "SP1023", "Part that does not belong to the statement",
            "{0} does not belong to {1}; {2}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnitGivenTwice = new(
            "SP1024", "Unit given twice",
            "The unit '{0}' is given twice, so the amount would count it twice over; write each unit once", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MoreThanOneName = new(
            "SP1025", "More than one name where one is expected",
            "'{0}' names one {1}, but {2} are given; keep one and remove the others", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ExtensionNotAfterPeriod = new(
            "SP1026", "Extension that does not extend the period",
            "'extended-to {0}' {1}; {2}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ActionPlanOutsidePeriod = new(
            "SP1027", "Action plan outside the plan's period",
            "The action plan's years {0} lie outside the years the plan runs, {1}; {2}", Structure, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidBuildProperty = new(
            "SP9002", "Invalid build property",
            "The build property {0} is '{1}', which is not {2}; {3}", Internal, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InternalError = new(
            "SP9001", "Internal error",
            "Internal error: {0} failed ({1}: {2}); {3} was not fully checked, please report this", Internal, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor StatementNotBound = new(
            "SP9004", "Statement parsed but not bound",
            "Internal error: '{0}' in {1} was parsed but the binder has no method for it, so it was ignored; please report this", Internal, DiagnosticSeverity.Error);

        private static IReadOnlyList<DiagnosticDescriptor>? _all;

        /// <summary>Every descriptor, in ID order (computed on first use, after every part of this class is initialised).</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All => _all ??= typeof(DiagnosticCatalog)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
            .Select(member => (DiagnosticDescriptor)member.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal)
            .ToList();

        public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(descriptor => descriptor.Id == id);

        /// <summary>Whether a justified exception may suppress the rule: the rule families SP2xxx to SP5xxx.</summary>
        public static bool IsSuppressible(DiagnosticDescriptor descriptor) => descriptor.Id[2] is >= '2' and <= '5';
    }
}
