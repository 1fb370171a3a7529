using System.Linq;
using CsCheck;

namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// Generators of whole plan files in the shapes that broke the toolchain (issue 9): amounts and counts at, past and far
    /// beyond their bounds, years out of range, names that collide in C# or in report file names, C# keywords and reserved
    /// names, look-alike names, titles with terminal escapes, and CR, LF or CRLF line ends. Every file is otherwise a
    /// well-formed plan, so that the rules, the generator and the reports run on whatever passes the binder. Linked into
    /// the property tests of the analyzers (compile the generated C#) and of the reports (write every file).
    /// </summary>
    internal static class HostileShapes
    {
        // Each number is ordinary most of the time, at its bound (valid, the largest figures the rules compute with) often,
        // and past it (SP1021), beyond decimal or malformed now and then: a sample has about one invalid number, so that many
        // samples pass the binder and reach the rules, the generator and the reports.
        private static Gen<string> Number(string[] ordinary, string[] atBound, string[] pastBound) => Gen.Frequency(
            (24, (IGen<string>)Gen.OneOf<string>(ordinary)),
            (6, Gen.OneOf<string>(atBound)),
            (1, Gen.OneOf<string>(pastBound)));

        private static readonly Gen<string> Amounts = Number(
            new[] { "200", "120 000", "3 200 000" },
            new[] { "1 000 000 000 000", "999 999 999 999,99", "0,01" },
            new[] { "1 000 000 000 001", "9 000 000 000 000 000 000 000 000 000", "79 228 162 514 264 337 593 543 950 336", new string('9', 40), "0,0000000000000000000000000001" });

        private static readonly Gen<string> Counts = Number(
            new[] { "40", "600", "1 400" },
            new[] { "1 000 000 000", "1" },
            new[] { "1 000 000 001", "9 000 000 000", "0,0000000000000000000000000001", new string('9', 30) });

        private static readonly Gen<string> Percents = Number(new[] { "50", "100" }, new[] { "1 000", "0" }, new[] { "1 000,1", new string('9', 30) });

        private static readonly Gen<string> Hours = Number(new[] { "45", "20" }, new[] { "168" }, new[] { "168,5", new string('9', 30) });

        private static readonly Gen<string> Kilometres = Number(new[] { "28", "12" }, new[] { "100 000" }, new[] { "100 001", new string('9', 30) });

        private static readonly Gen<string> NetCosts = Number(
            new[] { "120 000", "200 000" },
            new[] { "1 000 000 000 000" },
            new[] { "1 000 000 000 001", "9 000 000 000 000 000 000 000 000 000", new string('9', 40) });

        /// <summary>A period and a year in it (the subsidy's and the target's): ordinary, at the bounds of years, or out of them.</summary>
        private static readonly Gen<(string First, string Last, string Year)> Periods = Gen.Frequency(
            (24, (IGen<(string, string, string)>)Gen.OneOf<(string, string, string)>(("2023", "2030", "2024"), ("2016", "2026", "2020"))),
            (6, Gen.OneOf<(string, string, string)>(("1900", "2100", "2026"), ("2024", "2024", "2024"))),
            (1, Gen.OneOf<(string, string, string)>(("0000", "9999", "2024"), ("2026", "2023", "2024"), ("2101", "2101", "2101"), ("1899", "2030", "1899"))));

        /// <summary>Ordinary names, names that become one C# name or one report file name, reserved words, look-alikes.</summary>
        public static readonly Gen<string> Names = Gen.Frequency(
            (6, (IGen<string>)Gen.OneOf<string>("Storuman", "Kluk", "IO1", "Fonden", "Åsele")),
            (2, Gen.OneOf<string>("Kro-kom", "Kro_kom", "Kro.kom", "KROKOM", "Krokom", "Index", "Nul", "Asele", "A\u030Asele", "Plan", "Plan_", "1.1", "1_1")),
            (4, Gen.OneOf<string>(HostileNames.All)),
            (1, Gen.OneOf<string>("Kro\u043Aom", "\u041Arokom", "Kr\u043Ekom", "\uFF2Brokom")));

        private static readonly Gen<string> Titles = Gen.OneOf<string>("Titel", HostilePlanText.Escaped, "Rad 1\\nRad 2", "\\u202Evänd\\u202C");

        private static readonly Gen<string> LineEnds = Gen.OneOf<string>("\n", "\r\n", "\r");

        /// <summary>One plan file: a municipal plan with a funder, a place with a store, and an action with a cost, funding and a subsidy.</summary>
        private static readonly Gen<string> Plan =
            Gen.Select(
                Gen.Select(Names, Names, Names, Names, Titles),
                Gen.Select(Amounts, Amounts, Amounts, NetCosts, Counts, Counts),
                Gen.Select(Percents, Hours, Kilometres, Periods),
                LineEnds,
                (names, amounts, others, lineEnd) =>
                {
                    var (plan, funder, place, action, title) = names;
                    var (budget, turnover, cost, netCost, deliveries, households) = amounts;
                    var (share, hours, distance, (first, last, year)) = others;
                    var lines = new[]
                    {
                        $"municipal plan {plan} \"{title}\" {{",
                        "  owner Kommunen",
                        $"  period {first}..{last}",
                        "  review yearly",
                        "  actor Kommunen \"Kommunen\" municipality",
                        $"  funder {funder} \"Finansiär\" budget {budget} kr per year",
                        "  level 1 \"Serviceort\"",
                        $"  place {place} level 1 {{",
                        "    services groceries, fuel",
                        $"    store turnover {turnover} kr, articles {households}, open {hours} h/week, year-round",
                        $"    nearest groceries {distance} km",
                        "  }",
                        "  area IO1 \"Område\" priority 1 {",
                        $"    goal G1 \"{title}\" result {{",
                        $"      indicator \"butiker\" baseline 1 in {first} target {households} in {year}",
                        "    }",
                        $"    action {action} \"Hemsändning\" priority high serves G1 {{",
                        "      owner Kommunen",
                        $"      places {place}",
                        $"      cost {cost} kr per delivery, {deliveries} deliveries per year",
                        $"      funding {funder} {share} %",
                        $"      subsidy home-delivery-grant in {year} {{",
                        $"        net-cost {netCost} kr",
                        $"        households {households}",
                        "      }",
                        "    }",
                        "  }",
                        "}",
                        string.Empty,
                    };
                    return string.Join(lineEnd, lines);
                });

        /// <summary>One to three plan files, compiled together (so that names can collide across files).</summary>
        public static readonly Gen<(string Path, string Text)[]> Files =
            Plan.Array[1, 3].Select(plans => plans.Select((text, index) => ($"/p/plan{index}.plan", text)).ToArray());

        /// <summary>The files as a test prints them when a sample fails: every character that is not plain ASCII escaped.</summary>
        public static string Describe((string Path, string Text)[] files) =>
            string.Join("\n", files.Select(file => file.Path + ":\n" + string.Concat(file.Text.Select(c => c is >= ' ' and < '\u007F' || c == '\n' ? c.ToString() : $"\\u{(int)c:X4}"))));
    }
}
