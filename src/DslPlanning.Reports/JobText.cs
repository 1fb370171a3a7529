using System;
using System.Globalization;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Reports
{
    /// <summary>
    /// What the report job prints, in English and Swedish: its help, its problems and its summary. The reports themselves
    /// are Swedish whatever this says; the job speaks the language the build reported in (<c>PlanCatalog.MessageLanguage</c>)
    /// unless <c>--language</c> says otherwise.
    /// </summary>
    internal static class JobText
    {
        public const string DefaultFolder = "reports";

        public static Phrase Usage => Phrase.Of(
            "usage: dotnet run --project plans [-- --out <folder>] [--language sv|en]",
            "användning: dotnet run --project plans [-- --out <mapp>] [--language sv|en]");

        public static Phrase Help => Phrase.Join(Environment.NewLine, new[]
        {
            Usage,
            Phrase.Empty,
            Phrase.Of(
                "Writes the reports of every plan of the project (HTML, Markdown, JSON and CSV, and an index) into a folder.",
                "Skriver rapporterna för projektets alla planer (HTML, Markdown, JSON och CSV, och en förteckning) till en mapp."),
            Phrase.Of(
                "The build has checked the plans first: a plan with an error stops it before any report is written.",
                "Bygget har först kontrollerat planerna: en plan med fel stoppar det innan någon rapport skrivs."),
            Phrase.Empty,
            Phrase.Of(
                "  --out <folder>     the folder to write to, created if it is missing (default: " + DefaultFolder + ")",
                "  --out <mapp>       mappen att skriva till; den skapas om den saknas (standard: " + DefaultFolder + ")"),
            Phrase.Of(
                "  --language sv|en   the language of these lines (default: the build's); the reports are Swedish",
                "  --language sv|en   språket för de här raderna (standard: byggets); rapporterna är på svenska"),
            Phrase.Of("  -h, --help         show this help", "  -h, --help         visa den här hjälpen"),
        });

        /// <summary>The prefix of a problem line: <c>error: </c>, <c>fel: </c>.</summary>
        public static Phrase Error => Phrase.Of("error: ", "fel: ");

        public static Phrase OutNeedsFolder => Phrase.Of("--out needs a folder", "--out behöver en mapp");

        public static Phrase LanguageNeedsValue => Phrase.Of("--language needs sv or en", "--language behöver sv eller en");

        public static Phrase UnknownLanguage(string value) =>
            Phrase.Of($"unknown language '{value}' for --language (sv or en)", $"okänt språk '{value}' för --language (sv eller en)");

        public static Phrase UnknownArgument(string argument) => Phrase.Of($"unknown argument '{argument}'", $"okänt argument '{argument}'");

        public static Phrase MoreHelp => Phrase.Of(" (--help for more)", " (--help för mer)");

        public static Phrase InternalError(Exception exception) => Phrase.Of(
            "internal error in the report job (" + exception.GetType().Name + ": " + exception.Message + "); some reports may not have been written; please report this",
            "internt fel i rapportjobbet (" + exception.GetType().Name + ": " + exception.Message + "); alla rapporter har kanske inte skrivits; rapportera det gärna");

        public static Phrase Writing(int plans, string folder) =>
            Phrase.Of("Writing the reports of " + English(plans, "plan", "plans") + " to ", "Skriver rapporterna för " + Swedish(plans, "plan", "planer") + " till ") + folder;

        public static Phrase Wrote(int files) => Phrase.Of(
            "Wrote " + English(files, "file", "files") + ": per plan <plan>.html, <plan>.md, <plan>.json and csv/<plan>/<table>.csv; index.html and index.md.",
            "Skrev " + Swedish(files, "fil", "filer") + ": per plan <plan>.html, <plan>.md, <plan>.json och csv/<plan>/<tabell>.csv; index.html och index.md.");

        public static Phrase Open(string path) => Phrase.Of("Open ", "Öppna ") + path + ".";

        public static Phrase Errors(int count) => Phrase.Of(English(count, "error", "errors"), Swedish(count, "fel", "fel"));

        public static Phrase Warnings(int count) => Phrase.Of(English(count, "warning", "warnings"), Swedish(count, "varning", "varningar"));

        public static Phrase JustifiedExceptions(int count) =>
            Phrase.Of(English(count, "justified exception", "justified exceptions"), Swedish(count, "motiverat undantag", "motiverade undantag"));

        /// <summary>"actions 16: 10 with an owner, 2 with funding, 16 serving goals, 0 with years of their own; goals 8: 1 with an indicator, 1 with a target".</summary>
        public static Phrase Completeness(Completeness figures)
        {
            var actions = figures.Actions == 0
                ? Phrase.Of("no actions", "inga åtgärder")
                : Phrase.Of(
                    "actions " + Number(figures.Actions) + ": " + Number(figures.ActionsWithOwner) + " with an owner, " + Number(figures.ActionsWithFunding) + " with funding, "
                        + Number(figures.ActionsWithGoals) + " serving goals, " + Number(figures.ActionsWithYears) + " with years or a due date of their own",
                    "åtgärder " + Count(figures.Actions) + ": " + Count(figures.ActionsWithOwner) + " med ansvarig, " + Count(figures.ActionsWithFunding) + " med finansiering, "
                        + Count(figures.ActionsWithGoals) + " som bidrar till mål, " + Count(figures.ActionsWithYears) + " med egna år eller klardatum");
            var goals = figures.Goals == 0
                ? Phrase.Of("no goals", "inga mål")
                : Phrase.Of(
                    "goals " + Number(figures.Goals) + ": " + Number(figures.GoalsWithIndicator) + " with an indicator, " + Number(figures.GoalsWithTarget) + " with a target",
                    "mål " + Count(figures.Goals) + ": " + Count(figures.GoalsWithIndicator) + " med indikator, " + Count(figures.GoalsWithTarget) + " med målvärde");
            return actions + "; " + goals;
        }

        public static Phrase OutputIsFile(string root, string file, bool isRoot) => isRoot
            ? Phrase.Of($"The output folder {root} is a file; give a folder (an existing one or one to create) with --out.",
                $"Utmappen {root} är en fil; ange en mapp (en befintlig eller en som ska skapas) med --out.")
            : Phrase.Of($"The output folder {root} is inside {file}, which is a file; give a folder (an existing one or one to create) with --out.",
                $"Utmappen {root} ligger i {file}, som är en fil; ange en mapp (en befintlig eller en som ska skapas) med --out.");

        public static Phrase CouldNotWrite(string path, string reason, int written, int total) => Phrase.Of(
            $"Could not write {path}: {reason} Wrote {Number(written)} of {Number(total)} files before stopping.",
            $"Kunde inte skriva {path}: {reason} Skrev {Count(written)} av {Count(total)} filer innan jobbet stoppade.");

        /// <summary>The report files of a stem: "x.html, x.md, x.json and csv/x/" / "… och csv/x/".</summary>
        public static Phrase Files(string stem) => Phrase.Of(ReportFileNames.Describe(stem), ReportFileNames.Describe(stem, "och"));

        public static Phrase ReservedName(string plan, string stem) =>
            Phrase.Of($"Plan '{plan}' would write ", $"Planen '{plan}' skulle skriva ") + Files(stem)
            + Phrase.Of($", but '{stem}' is reserved for ", $", men '{stem}' är reserverat för ")
            + Phrase.Of(PlanSlug.ReservedFor(stem) ?? string.Empty, PlanSlug.ReservedForInSwedish(stem) ?? string.Empty)
            + Phrase.Of("; give the plan another name.", "; ge planen ett annat namn.");

        public static Phrase SameName(string plan, string stem) =>
            Phrase.Of($"Two plans are named '{plan}' and would both write ", $"Två planer heter '{plan}' och skulle båda skriva ") + Files(stem)
            + Phrase.Of("; give one of them another name.", "; ge en av dem ett annat namn.");

        public static Phrase SameFiles(string earlier, string plan, string stem) =>
            Phrase.Of($"Plans '{earlier}' and '{plan}' would both write ", $"Planerna '{earlier}' och '{plan}' skulle båda skriva ") + Files(stem)
            + Phrase.Of("; give one of them another name.", "; ge en av dem ett annat namn.");

        public static Phrase NothingWritten => Phrase.Of("No report was written.", "Ingen rapport skrevs.");

        public static Phrase WrittenTwice(string path, string? plan) => Phrase.Of(
            path + " would be written twice in this run" + (plan is null ? string.Empty : " (plan '" + plan + "')") + "; no report was written.",
            path + " skulle skrivas två gånger i den här körningen" + (plan is null ? string.Empty : " (planen '" + plan + "')") + "; ingen rapport skrevs.");

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Count(int value) => SwedishNumber.Format(value);

        private static string English(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

        private static string Swedish(int count, string one, string many) => Count(count) + " " + (count == 1 ? one : many);
    }
}
