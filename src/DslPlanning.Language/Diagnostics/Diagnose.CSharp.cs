using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>SP0012, SP0013, SP1019, SP9003: what keeps every plan without errors compilable to C#.</summary>
    public static partial class Diagnose
    {
        /// <summary>SP0012: a name of <paramref name="length"/> characters; <paramref name="beginning"/> is shown, followed by "…".</summary>
        public static DiagnosticMessage NameTooLong(string beginning, int length, int maximum) =>
            new(DiagnosticCatalog.NameTooLong, beginning + "…", MessageText.Count(length), MessageText.Count(maximum));

        /// <summary>SP0013 at a text of the file: <paramref name="length"/> characters, more than <paramref name="maximum"/>.</summary>
        public static DiagnosticMessage TextTooLong(int length, int maximum) =>
            new(DiagnosticCatalog.TextTooLong,
                Phrase.Of("This text is " + MessageText.Count(length) + " characters long", "Texten är " + MessageText.Count(length) + " tecken lång"),
                Phrase.Of(MessageText.Count(maximum) + " characters a text may have", "de " + MessageText.Count(maximum) + " tecken som en text får ha"),
                Phrase.Of(
                    "shorten it, for example by keeping the full text in the source document and quoting only what the plan needs",
                    "korta den, till exempel genom att behålla hela texten i källdokumentet och citera bara det som planen behöver"));

        /// <summary>SP0013 at a plan: the texts of the plans up to it take <paramref name="bytes"/> in the generated C#, more than <paramref name="budgetBytes"/>.</summary>
        public static DiagnosticMessage GeneratedTextsTooLong(long bytes, long budgetBytes) =>
            new(DiagnosticCatalog.TextTooLong,
                Phrase.Of(
                    "The texts and names of the plans compiled together, up to and including this plan, take " + Megabytes(bytes) + " MB in the generated C#",
                    "Texterna och namnen i planerna som kompileras tillsammans, till och med den här planen, tar " + Megabytes(bytes) + " MB i den genererade C#-koden"),
                Phrase.Of(Megabytes(budgetBytes) + " MB that one project can hold", "de " + Megabytes(budgetBytes) + " MB som ett projekt rymmer"),
                Phrase.Of("move some plans to another project, or shorten their longest texts", "flytta några planer till ett annat projekt, eller korta deras längsta texter"));

        /// <summary>SP1019 between two elements of a plan: <paramref name="name"/> and <paramref name="otherName"/> (declared at <paramref name="otherLine"/>) both become <paramref name="member"/>.</summary>
        /// <param name="kind">As it stands before a name: "place" / "orten" (<see cref="Semantics.KindNouns.BeforeName(Semantics.SymbolKind)"/>); so <paramref name="otherKind"/>.</param>
        public static DiagnosticMessage SameCSharpName(Phrase kind, string name, string member, Phrase otherKind, string otherName, int otherLine) =>
            new(DiagnosticCatalog.SameCSharpName, MessageText.Capitalized(kind), name, Phrase.Of("member ", "medlemmen ") + member, otherKind, otherName,
                Phrase.Of("at line ", "på rad ") + MessageText.Number(otherLine));

        /// <summary>SP1019 between two plans: both become the class <paramref name="className"/>.</summary>
        public static DiagnosticMessage SamePlanClass(string plan, string className, string otherPlan, SourceLocation otherLocation) =>
            new(DiagnosticCatalog.SameCSharpName, Phrase.Of("Plan", "Planen"), plan, Phrase.Of("class ", "klassen ") + className, Phrase.Of("plan", "planen"), otherPlan,
                Phrase.Of("in ", "i ") + otherLocation.ToString());

        /// <summary>Megabytes with one decimal, rounded up, so that a total over the budget never reads as equal to it.</summary>
        private static string Megabytes(long bytes) => MessageText.Count(System.Math.Ceiling(bytes / 100_000m) / 10);

        /// <summary>SP9003: the project compiles C# <paramref name="version"/>; the generated C# needs <paramref name="minimum"/>.</summary>
        public static DiagnosticMessage CSharpVersionTooOld(string version, string minimum) =>
            new(DiagnosticCatalog.CSharpVersionTooOld, version, minimum);
    }
}
