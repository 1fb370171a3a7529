using System.Collections.Generic;
using System.Globalization;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP0001–SP0009: the syntax of a plan file.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP0001. <paramref name="found"/>: "end of line", "'}'" …; <paramref name="where"/>: "the period statement" ….</summary>
        public static DiagnosticMessage SyntaxError(Phrase found, Phrase where, Phrase expected) =>
            new(DiagnosticCatalog.SyntaxError, found, where, expected);

        /// <summary>SP0002: <paramref name="keyword"/> is no statement of <paramref name="block"/>, which takes <paramref name="statements"/>.</summary>
        public static DiagnosticMessage UnknownStatement(string keyword, string block, string? didYouMean, IEnumerable<string> statements) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownStatement, keyword, block, MessageText.DidYouMean(didYouMean), MessageText.Alternatives(statements)).Suggesting(keyword, didYouMean);

        /// <summary>SP0003.</summary>
        public static DiagnosticMessage UnterminatedString() => new(DiagnosticCatalog.UnterminatedString);

        /// <summary>SP0004: the block of <paramref name="block"/> is not closed before line <paramref name="beforeLine"/>, or (null) before the end of the file.</summary>
        public static DiagnosticMessage MissingClosingBrace(string block, int? beforeLine) =>
            new(DiagnosticCatalog.MissingClosingBrace, block, beforeLine is { } line ? " before line " + MessageText.Number(line) : " before the end of the file");

        /// <summary>SP0005.</summary>
        public static DiagnosticMessage UnexpectedClosingBrace() => new(DiagnosticCatalog.UnexpectedClosingBrace);

        /// <summary>SP0006: <paramref name="found"/> after the end of <paramref name="statement"/>.</summary>
        public static DiagnosticMessage TextAfterStatement(Phrase found, Phrase statement) =>
            new(DiagnosticCatalog.TextAfterStatement, found, statement);

        /// <summary>SP0007: the escape as written, e.g. <c>\q</c>.</summary>
        public static DiagnosticMessage InvalidEscape(string escape) => new(DiagnosticCatalog.InvalidEscape, escape);

        /// <summary>SP0008.</summary>
        public static DiagnosticMessage EmptyFile() => new(DiagnosticCatalog.EmptyFile);

        /// <summary>SP0009: the invisible <paramref name="character"/> and its Unicode <paramref name="name"/>.</summary>
        public static DiagnosticMessage BidirectionalControl(char character, string name) =>
            new(DiagnosticCatalog.BidirectionalControl, ((int)character).ToString("X4", CultureInfo.InvariantCulture), name);
    }
}
