using System;
using System.Globalization;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Cli
{
    /// <summary>
    /// Everything <c>dslplanning</c> says itself, in English and Swedish (the diagnostics say theirs): usage and help,
    /// summaries, the format command's lines and the wrapping of file problems (<c>PlanFiles</c> words the problems). The
    /// Swedish uses the documents' terms (plan, fel, varning, fil, mapp) and Swedish number forms (<c>1 fil</c>,
    /// <c>2 filer</c>, <c>1 000</c>).
    /// </summary>
    internal static class CliText
    {
        public static Phrase Usage => Phrase.Of(
            "usage: dslplanning check [<file.plan | folder>...] | format [--check] <file.plan | folder>...   (dslplanning --help for more)",
            "användning: dslplanning check [<fil.plan | mapp>...] | format [--check] <fil.plan | mapp>...   (dslplanning --help för mer)");

        public static Phrase Help => Phrase.Of(
            "usage: dslplanning check [<file.plan | folder>...]\n" +
            "       dslplanning format [--check] <file.plan | folder>...\n" +
            "\n" +
            "check: checks plan files as the build does, and prints each problem as a compiler does:\n" +
            "  plans/krokom.plan(42,7): error SP3001: …\n" +
            "Without a path, the folder 'plans' is checked. The diagnostics are described in docs/rules.\n" +
            "\n" +
            "format: writes plan files in the canonical layout (docs/language.md, 'Layout and formatting'), keeping\n" +
            "their line ends and encoding; a file is written only when its text changes. A file with syntax errors is\n" +
            "left as it is, said in one line. With --check, nothing is written: the files that would change are listed.\n" +
            "\n" +
            "A folder is searched for *.plan files, with its subfolders; links are followed, and each file is read once.\n" +
            "\n" +
            "--language sv|en, with every command: the language of the messages, Swedish or English. Without it, the\n" +
            "environment variable DOTNET_CLI_UI_LANGUAGE when it is set, else the system's language (LANG on Linux):\n" +
            "Swedish for a Swedish one, English for any other.\n" +
            "\n" +
            "Exit code: 0 when no plan has an error, 1 when one has (or a path cannot be read), 2 for wrong usage.\n" +
            "format: 0 when every file is formatted, 1 when one has syntax errors or cannot be read or written, or\n" +
            "(with --check) would change, 2 for wrong usage.",
            "användning: dslplanning check [<fil.plan | mapp>...]\n" +
            "            dslplanning format [--check] <fil.plan | mapp>...\n" +
            "\n" +
            "check: kontrollerar planfiler som bygget gör och skriver varje problem som en kompilator gör:\n" +
            "  plans/krokom.plan(42,7): error SP3001: …\n" +
            "Utan sökväg kontrolleras mappen 'plans'. Diagnostikerna beskrivs i docs/rules/sv.\n" +
            "\n" +
            "format: skriver planfiler i den kanoniska layouten (docs/language.md, 'Layout and formatting') och behåller\n" +
            "deras radslut och teckenkodning; en fil skrivs bara när dess text ändras. En fil med syntaxfel lämnas som den\n" +
            "är, och det sägs på en rad. Med --check skrivs ingenting: de filer som skulle ändras listas.\n" +
            "\n" +
            "I en mapp söks *.plan-filer, även i dess undermappar; länkar följs, och varje fil läses en gång.\n" +
            "\n" +
            "--language sv|en, med varje kommando: meddelandenas språk, svenska eller engelska. Utan det gäller\n" +
            "miljövariabeln DOTNET_CLI_UI_LANGUAGE när den är satt, annars systemets språk (LANG i Linux):\n" +
            "svenska för ett svenskt, engelska för alla andra.\n" +
            "\n" +
            "Slutkod: 0 när ingen plan har fel, 1 när någon har det (eller en sökväg inte kan läsas), 2 vid fel användning.\n" +
            "format: 0 när varje fil är formaterad, 1 när någon har syntaxfel, inte kan läsas eller skrivas eller\n" +
            "(med --check) skulle ändras, 2 vid fel användning.");

        public static Phrase UnknownCommand(string command) => Phrase.Of($"unknown command '{command}'", $"okänt kommando '{command}'");

        public static Phrase UnknownOption(string option) => Phrase.Of($"unknown option '{option}'", $"okänd flagga '{option}'");

        public static Phrase FormatNeedsPaths => Phrase.Of("format needs the plan files or folders to format", "format behöver de planfiler eller mappar som ska formateras");

        public static Phrase LanguageNeedsValue => Phrase.Of("--language needs a language: ", "--language behöver ett språk: ") + PlanLanguages.Choices;

        public static Phrase UnknownLanguage(string value) =>
            Phrase.Of($"unknown language '{value}' for --language (", $"okänt språk '{value}' för --language (") + PlanLanguages.Choices + ")";

        /// <summary>A line of the usage errors: <c>dslplanning: unknown option '--fix'</c>.</summary>
        public static Phrase WrongUsage(Phrase problem) => "dslplanning: " + problem;

        /// <summary>A problem that is not a diagnostic (a path that cannot be read, a file not formatted): <c>error: …</c>.</summary>
        public static Phrase Error(Phrase problem) => Phrase.Of("error: ", "fel: ") + problem;

        public static Phrase InternalError(Exception exception) => Phrase.Of(
            $"dslplanning: internal error ({exception.GetType().Name}: {exception.Message}); please report this",
            $"dslplanning: internt fel ({exception.GetType().Name}: {exception.Message}); rapportera det gärna");

        /// <summary>The step and scope of SP9001 when checking fails outside the compilation's own guards.</summary>
        public static (Phrase Step, Phrase Scope) CheckFailed => (Phrase.Of("checking the plan files", "kontrollen av planfilerna"), Phrase.Of("no plan file", "ingen planfil"));

        /// <summary>The last line of <c>check</c>: <c>5 files, 5 plans: 0 errors, 12 warnings</c>, <c>1 file, 1 plan: 1 error, 0 warnings</c>; <c>1 fil, 1 plan: 0 fel, 1 varning</c>.</summary>
        public static Phrase CheckSummary(int files, int plans, int errors, int warnings) => Phrase.Of(
            $"{English(files, "file", "files")}, {English(plans, "plan", "plans")}: {English(errors, "error", "errors")}, {English(warnings, "warning", "warnings")}",
            $"{Count(files, "fil", "filer")}, {Count(plans, "plan", "planer")}: {Count(errors, "fel", "fel")}, {Count(warnings, "varning", "varningar")}");

        /// <summary>The last line of <c>format</c>: <c>2 files: 1 formatted, 1 already formatted</c>.</summary>
        public static Phrase FormatSummary(int files, int changed, int unchanged, int notFormatted, bool check)
        {
            var summary = Phrase.Of(
                $"{English(files, "file", "files")}: {Number(changed)} {(check ? "would be formatted" : "formatted")}, {Number(unchanged)} already formatted",
                $"{Count(files, "fil", "filer")}: {(check ? Count(changed, "skulle formateras", "skulle formateras") : Count(changed, "formaterad", "formaterade"))}, "
                    + $"{Count(unchanged, "redan formaterad", "redan formaterade")}");
            return notFormatted > 0
                ? summary + Phrase.Of($", {Number(notFormatted)} not formatted (syntax errors)", $", {Count(notFormatted, "inte formaterad", "inte formaterade")} (syntaxfel)")
                : summary;
        }

        public static Phrase Formatted(string path) => Phrase.Of("formatted ", "formaterade ") + path;

        public static Phrase WouldFormat(string path) => Phrase.Of("would format ", "skulle formatera ") + path;

        public static Phrase NotFormatted(string path, Phrase why) => Phrase.Of($"{path}: not formatted: ", $"{path}: inte formaterad: ") + why;

        public static Phrase NotUtf8 => Phrase.Of("it is not UTF-8 (SP0010)", "den är inte UTF-8 (SP0010)");

        /// <summary>A number as the English lines have always written it: <c>1000</c>.</summary>
        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A count in English: <c>1 file</c>, <c>0 files</c>, <c>1000 files</c>.</summary>
        private static string English(int value, string one, string many) => Number(value) + " " + (value == 1 ? one : many);

        /// <summary>A count the Swedish way: <c>1 fil</c>, <c>0 filer</c>, <c>1 000 filer</c>.</summary>
        private static string Count(int value, string one, string many) => SwedishNumber.Format(value) + " " + (value == 1 ? one : many);
    }
}
