using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP0001–SP0009: the syntax of a plan file.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP0001. <paramref name="found"/>: "end of line", "'}'" …; <paramref name="where"/>: "the period statement" ….</summary>
        public static DiagnosticMessage SyntaxError(Phrase found, Phrase where, Phrase expected) =>
            new(DiagnosticCatalog.SyntaxError, StartingTheSwedishSentence(found), where, expected);

        /// <summary>SP0002: <paramref name="keyword"/> is no statement of <paramref name="block"/> ("an area" / "ett insatsområde"), which takes <paramref name="statements"/>.</summary>
        /// <remarks>The statements are keywords, listed as they are in English and quoted in Swedish, where they are no words of the sentence.</remarks>
        public static DiagnosticMessage UnknownStatement(string keyword, Phrase block, string? didYouMean, IEnumerable<string> statements) =>
            new DiagnosticMessage(DiagnosticCatalog.UnknownStatement, keyword, block, MessageText.DidYouMean(didYouMean),
                MessageText.Alternatives(statements.Select(statement => Phrase.Of(statement, "'" + statement + "'")))).Suggesting(keyword, didYouMean);

        /// <summary>SP0003.</summary>
        public static DiagnosticMessage UnterminatedString() => new(DiagnosticCatalog.UnterminatedString);

        /// <summary>SP0004: the block of <paramref name="block"/> ("a place" / "en ort") is not closed before line <paramref name="beforeLine"/>, or (null) before the end of the file.</summary>
        public static DiagnosticMessage MissingClosingBrace(Phrase block, int? beforeLine) =>
            new(DiagnosticCatalog.MissingClosingBrace, block, beforeLine is { } line
                ? Phrase.Of(" before line ", " före rad ") + MessageText.Number(line)
                : Phrase.Of(" before the end of the file", " före filens slut"));

        /// <summary>SP0005.</summary>
        public static DiagnosticMessage UnexpectedClosingBrace() => new(DiagnosticCatalog.UnexpectedClosingBrace);

        /// <summary>SP0006: <paramref name="found"/> after the end of <paramref name="statement"/>.</summary>
        public static DiagnosticMessage TextAfterStatement(Phrase found, Phrase statement) =>
            new(DiagnosticCatalog.TextAfterStatement, StartingTheSwedishSentence(found), statement);

        /// <summary>SP0007: the escape as written, e.g. <c>\q</c>.</summary>
        public static DiagnosticMessage InvalidEscape(string escape) => new(DiagnosticCatalog.InvalidEscape, escape);

        /// <summary>SP0008.</summary>
        public static DiagnosticMessage EmptyFile() => new(DiagnosticCatalog.EmptyFile);

        /// <summary>SP0009: the invisible <paramref name="character"/> and its Unicode <paramref name="name"/>.</summary>
        public static DiagnosticMessage BidirectionalControl(char character, string name) =>
            new(DiagnosticCatalog.BidirectionalControl, ((int)character).ToString("X4", CultureInfo.InvariantCulture),
                Phrase.Of(name, BidirectionalControlInSwedish(character) is { } swedish ? swedish + ", '" + name + "'" : "'" + name + "'"));

        /// <summary>What a bidirectional control does, in Swedish; its Unicode name follows it in the message.</summary>
        private static string? BidirectionalControlInSwedish(char character) => character switch
        {
            '\u202A' => "inbäddning vänster till höger",
            '\u202B' => "inbäddning höger till vänster",
            '\u202C' => "slut på riktningsformatering",
            '\u202D' => "åsidosättning vänster till höger",
            '\u202E' => "åsidosättning höger till vänster",
            '\u2066' => "isolering vänster till höger",
            '\u2067' => "isolering höger till vänster",
            '\u2068' => "isolering efter första starka tecken",
            '\u2069' => "slut på riktningsisolering",
            '\u200E' => "riktningsmärke vänster till höger",
            '\u200F' => "riktningsmärke höger till vänster",
            '\u061C' => "arabiskt riktningsmärke",
            _ => null,
        };

        /// <summary>
        /// What was found, at the start of the Swedish message ("Radens slut kommer oväntat …"): its first letter in upper
        /// case in Swedish; the English message has it after "Unexpected".
        /// </summary>
        private static Phrase StartingTheSwedishSentence(Phrase found) => Phrase.Of(found.English, MessageText.Capitalized(found.Swedish));
    }
}
