using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DslPlanning.Tests.Shared;

namespace DslPlanning.Package.Tests
{
    /// <summary>
    /// The package route: `dotnet pack` produces the DslPlanning package; a new project outside the repository that
    /// references it from a local folder feed gets its **/*.plan files checked and compiled, with nothing else installed.
    /// </summary>
    public sealed class PackageTests : IClassFixture<PackageTests.Consumer>
    {
        private readonly Consumer _consumer;

        public PackageTests(Consumer consumer)
        {
            _consumer = consumer;
        }

        [Fact]
        public void A_new_project_builds_its_plans_without_warnings_and_uses_the_generated_API()
        {
            var (exitCode, output) = _consumer.Build();

            Assert.True(exitCode == 0, output);
            AssertNoWarningButThePlans(output);
            Assert.DoesNotContain("CS9057", output);
            Assert.DoesNotContain("AD0001", output);
            Assert.DoesNotContain("CS8785", output);

            var run = _consumer.Dotnet.Run(_consumer.Directory, "run", "--no-build");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("Hemsändning: 200 kr per Delivery, Kommunstyrelsen 50 %, RegionJH 50 %", run.Output);
            Assert.Contains("2 plans: JämtlandRSP, Krokom", run.Output);
        }

        [Fact]
        public void A_plan_broken_in_three_places_fails_the_build_with_three_exact_diagnostics()
        {
            var krokom = File.ReadAllText(Path.Combine(Dotnet.Repository, "plans", "krokom.plan"))
                .Replace("  period 2023..2030", "  period 2023..")
                .Replace("funding Kommunstyrelsen 50 %, RegionJH 50 %", "funding Kommunstyrelsen 50 %, RegionJämtland 50 %")
                .Replace("cost at most 50 000 kr per place per year", "cost at most 50 000 km per place per year");
            var lines = krokom.Split('\n');
            string Position(string text, int offset)
            {
                var line = Array.FindIndex(lines, candidate => candidate.Contains(text, StringComparison.Ordinal));
                return $"{line + 1},{lines[line].IndexOf(text, StringComparison.Ordinal) + offset + 1}";
            }

            var (exitCode, output) = _consumer.Build(("plans/krokom.plan", krokom));

            Assert.NotEqual(0, exitCode);
            var diagnostics = Regex.Matches(output, @"plans/krokom\.plan\((\d+,\d+)\): error (SP\d{4}):")
                .Select(match => (match.Groups[2].Value, match.Groups[1].Value))
                .Distinct()
                .OrderBy(diagnostic => diagnostic.Item1)
                .ToList();
            Assert.Equal(
                new[] { ("SP0001", Position("period 2023..", 13)), ("SP1002", Position("RegionJämtland", 0)), ("SP1004", Position("50 000 km", 0)) },
                diagnostics);
        }

        [Fact]
        public void The_build_reports_in_Swedish_with_DslPlanningLanguage_sv_and_in_English_without()
        {
            var unknownReference = ("plans/storuman.plan", "municipal plan Storuman \"Storumans kommuns serviceplan\" {\n  owner StorumansKomun\n  actor StorumansKommun \"Storumans kommun\" municipality\n}\n");
            var unfundedAction = ("plans/sorsele.plan",
                "municipal plan Sorsele \"Sorsele kommuns serviceplan\" {\n  owner SorseleKommun\n  period 2025..2030\n  review yearly\n"
                + "  actor SorseleKommun \"Sorsele kommun\" municipality\n  action Hemsändning \"Hemsändning av dagligvaror\" {\n    owner SorseleKommun\n    cost 200 kr per delivery\n  }\n}\n");

            var swedish = _consumer.Build(new[] { unknownReference, unfundedAction }, "-p:DslPlanningLanguage=sv");
            Assert.NotEqual(0, swedish.ExitCode);
            Assert.Contains("plans/storuman.plan(2,9): error SP1002: Aktören 'StorumansKomun' finns inte (menade du 'StorumansKommun'?); deklarera elementet eller rätta namnet", swedish.Output);
            Assert.Contains("plans/sorsele.plan(8,5): warning SP3001: Åtgärden Hemsändning kostar 200 kr per hemsändning men har ingen finansieringskälla (inte heller dess insatsområde); lägg till 'funding <finansiär> …'", swedish.Output);
            Assert.Contains("/docs/rules/sv/SP1002.md", swedish.Output);

            var english = _consumer.Build(unknownReference, unfundedAction);
            Assert.Contains("plans/storuman.plan(2,9): error SP1002: Unknown actor 'StorumansKomun' (did you mean 'StorumansKommun'?); declare it or correct the name", english.Output);
            Assert.Contains("plans/sorsele.plan(8,5): warning SP3001: Action Hemsändning costs 200 kr per delivery but has no funding source (nor has its area); add 'funding <funder> …'", english.Output);
            Assert.Contains("/docs/rules/SP1002.md", english.Output);
        }

        [Fact]
        public void Severity_is_configured_in_a_globalconfig_and_warnings_become_errors_on_request()
        {
            var follows = ("plans/annual.plan", "annual plan Årsplan2024 {\n  period 2024\n}\n");
            var municipal = ("plans/extra.plan", "municipal plan Extra {\n  follows Årsplan2024\n}\n");

            var warned = _consumer.Build(follows, municipal);
            Assert.True(warned.ExitCode == 0, warned.Output);
            Assert.Matches(@"plans/extra\.plan\(2,11\): warning SP1013:", warned.Output);

            var strict = _consumer.Build(new[] { follows, municipal }, "-p:DslPlanningWarningsAsErrors=true");
            Assert.NotEqual(0, strict.ExitCode);
            Assert.Matches(@"plans/extra\.plan\(2,11\): error SP1013:", strict.Output);

            var silenced = _consumer.Build(follows, municipal, (".globalconfig", "is_global = true\ndotnet_diagnostic.SP1013.severity = none\n"));
            Assert.True(silenced.ExitCode == 0, silenced.Output);
            Assert.DoesNotContain("SP1013", silenced.Output);
        }

        [Fact]
        public void A_plans_warnings_stay_warnings_under_TreatWarningsAsErrors_and_every_build_shows_them_until_the_author_asks_for_errors()
        {
            var follows = ("plans/annual.plan", "annual plan Årsplan2024 {\n  period 2024\n}\n");
            var municipal = ("plans/extra.plan", "municipal plan Extra {\n  follows Årsplan2024\n}\n");
            const string Warning = @"plans/extra\.plan\(2,11\): warning SP1013:";
            const string Error = @"plans/extra\.plan\(2,11\): error SP1013:";

            var strictCSharp = _consumer.Build(new[] { follows, municipal }, "-p:TreatWarningsAsErrors=true");
            Assert.True(strictCSharp.ExitCode == 0, strictCSharp.Output);
            Assert.Matches(Warning, strictCSharp.Output);

            // Nothing changed: the project is up to date, and the build still checks the plans and shows the warning.
            var again = _consumer.BuildAgain("-p:TreatWarningsAsErrors=true");
            Assert.True(again.ExitCode == 0, again.Output);
            Assert.Matches(Warning, again.Output);

            foreach (var request in new[] { "-warnaserror:SP1013", "-p:WarningsAsErrors=SP1013", "-p:DslPlanningWarningsAsErrors=true" })
            {
                var failed = _consumer.BuildAgain("-p:TreatWarningsAsErrors=true", request);
                Assert.True(failed.ExitCode != 0, request + "\n" + failed.Output);
                Assert.Matches(Error, failed.Output);
            }
        }

        [Fact]
        public void Plans_with_hostile_names_build_warning_free_with_the_SDKs_compiler_into_short_generated_file_names()
        {
            var plans = HostileNames.All.Select((name, index) => ($"plans/hostile{index:D3}.plan", HostileNames.PlanNamed(name, index))).ToArray();

            var (exitCode, output) = _consumer.Build(plans, "-p:EmitCompilerGeneratedFiles=true");

            Assert.True(exitCode == 0, output);
            Assert.DoesNotMatch(@"(warning|error) (CS|AD)\d{4}", output);
            Assert.DoesNotContain("error SP", output);
            var generated = System.IO.Directory.GetFiles(Path.Combine(_consumer.Directory, "obj"), "Plan.*.g.cs", SearchOption.AllDirectories);
            Assert.Equal(2 * HostileNames.All.Length + 2, generated.Length);
            Assert.All(generated, path => Assert.InRange(Path.GetFileName(path).Length, 1, 60));
        }

        [Fact]
        public void A_netstandard_project_with_its_default_CSharp_7_3_gets_SP9003_alone_and_builds_with_CSharp_9()
        {
            var old = _consumer.BuildNetStandard();

            Assert.NotEqual(0, old.ExitCode);
            Assert.Single(Regex.Matches(old.Output, @"error SP9003: The project compiles C# 7\.3, but the C# generated from its plans needs C# 9\.0 or later").Select(match => match.Value).Distinct());
            Assert.DoesNotMatch(@"(warning|error) (CS|AD)\d{4}", old.Output);

            var current = _consumer.BuildNetStandard("-p:LangVersion=9.0");

            Assert.True(current.ExitCode == 0, current.Output);
            AssertNoWarningButThePlans(current.Output);
        }

        /// <summary>
        /// The build warns about nothing but what the plans themselves report (SPnnnn: which diagnostics the real plans have
        /// is their baseline's business, tests/DslPlanning.Language.Tests/Plans/real-plans.diagnostics): no warning of the
        /// compiler, NuGet, MSBuild or an analyzer's failure.
        /// </summary>
        private static void AssertNoWarningButThePlans(string output) =>
            Assert.DoesNotMatch(@"\bwarning (?!SP\d{4}:)[A-Za-z]*\d*", output);

        [Fact]
        public void A_plan_saved_as_latin1_fails_the_build_with_one_sp0010_at_its_first_byte_that_is_not_utf8_and_utf16_is_read()
        {
            var folder = Path.Combine(_consumer.Directory, "latin1");
            System.IO.Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "storuman.plan"), System.Text.Encoding.Latin1.GetBytes("municipal plan Storuman {\n  period 2025..2030\n  place Tärnaby\n  place Gräsmark\n}\n"));
            var utf16 = new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true);
            File.WriteAllBytes(Path.Combine(folder, "lycksele.plan"), utf16.GetPreamble().Concat(utf16.GetBytes("municipal plan Lycksele {\n  period 2025..2030\n  review yearly\n  place Björksele\n  place Lycksele level x\n}\n")).ToArray());
            try
            {
                var (exitCode, output) = _consumer.Build();

                Assert.NotEqual(0, exitCode);
                var diagnostics = Regex.Matches(output, @"latin1/storuman\.plan\((\d+,\d+)\): (error|warning) (SP\d{4}): ([^\r\n]*) \(https").Select(match => match.Value).Distinct().ToList();
                Assert.Equal(
                    "latin1/storuman.plan(3,10): error SP0010: The file is not UTF-8: the character U+FFFD here replaces bytes that could not be read as UTF-8; save the file with the encoding UTF-8 (in Notepad or VS Code: Save as, Encoding UTF-8) (https",
                    Assert.Single(diagnostics));

                // UTF-16 with a byte order mark is read as the compiler reads it: the one diagnostic is the plan's own.
                Assert.Matches(@"latin1/lycksele\.plan\(5,18\): error SP2008: Place Lycksele has level 'x'", output);
                Assert.DoesNotMatch(@"latin1/lycksele\.plan\(\d+,\d+\): (error|warning) SP0", output);
            }
            finally
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>The package, packed once, and a consumer project in a temporary folder outside the repository.</summary>
        public sealed class Consumer : IDisposable
        {
            private readonly string _root = Path.Combine(Path.GetTempPath(), "dslplanning-package-" + Guid.NewGuid().ToString("N"));

            public Consumer()
            {
                var feed = Path.Combine(_root, "feed");
                Directory = Path.Combine(_root, "consumer");
                System.IO.Directory.CreateDirectory(Path.Combine(Directory, "plans"));
                Dotnet = new Dotnet(Path.Combine(_root, "packages"));

                var pack = Dotnet.Run(Dotnet.Repository, isolated: false, "pack", "analyzers/DslPlanning.Analyzers/DslPlanning.Analyzers.csproj", "-c", "Release", "-o", feed);
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
                }

                WriteNuGetConfig(_root, feed);
                File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                        <ImplicitUsings>enable</ImplicitUsings>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="DslPlanning" Version="0.1.0" />
                      </ItemGroup>
                    </Project>
                    """);
                File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
                    using DslPlanning.Plans;

                    var delivery = Krokom.Actions.Hemsändning;
                    var cost = delivery.Costs[0];
                    var funding = string.Join(", ", delivery.Funding.Select(source => $"{source.Funder.Name} {source.Share}"));
                    Console.WriteLine($"{delivery.Name}: {cost.Amount} per {string.Join(", ", cost.Per)}, {funding}");
                    Console.WriteLine($"{PlanCatalog.All.Count} plans: {string.Join(", ", PlanCatalog.All.Select(plan => plan.Name))}");
                    """);
            }

            public Dotnet Dotnet { get; }

            public string Directory { get; }

            /// <summary>
            /// Builds a class library for netstandard2.0 (C# 7.3 unless told otherwise) with the two real plans. It restores
            /// NETStandard.Library from the packages the repository's own build restored, and DslPlanning from the feed.
            /// </summary>
            public (int ExitCode, string Output) BuildNetStandard(params string[] arguments)
            {
                lock (this)
                {
                    var directory = Path.Combine(_root, "netstandard");
                    if (!System.IO.Directory.Exists(directory))
                    {
                        System.IO.Directory.CreateDirectory(Path.Combine(directory, "plans"));
                        var restored = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                            ? packages
                            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                        WriteNuGetConfig(directory, Path.Combine(_root, "feed"), restored);
                        File.WriteAllText(Path.Combine(directory, "Library.csproj"), """
                            <Project Sdk="Microsoft.NET.Sdk">
                              <PropertyGroup>
                                <TargetFramework>netstandard2.0</TargetFramework>
                              </PropertyGroup>
                              <ItemGroup>
                                <PackageReference Include="DslPlanning" Version="0.1.0" />
                              </ItemGroup>
                            </Project>
                            """);
                        CopyRealPlans(directory);
                    }

                    return RunBuild(directory, arguments);
                }
            }

            /// <summary>Builds the consumer with the two real plans, then with <paramref name="files"/> written over or next to them.</summary>
            public (int ExitCode, string Output) Build(params (string Path, string Text)[] files) => Build(files, Array.Empty<string>());

            public (int ExitCode, string Output) Build((string Path, string Text)[] files, params string[] arguments)
            {
                lock (this)
                {
                    foreach (var stale in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "plans")).Append(Path.Combine(Directory, ".globalconfig")).Where(File.Exists))
                    {
                        File.Delete(stale);
                    }

                    CopyRealPlans(Directory);

                    foreach (var (path, text) in files)
                    {
                        File.WriteAllText(Path.Combine(Directory, path), text);
                    }

                    return RunBuild(Directory, arguments);
                }
            }

            /// <summary>Builds the consumer again as it is, without touching a file (an incremental build).</summary>
            public (int ExitCode, string Output) BuildAgain(params string[] arguments)
            {
                lock (this)
                {
                    return RunBuild(Directory, arguments);
                }
            }

            /// <summary>A nuget.config that reads packages only from <paramref name="sources"/> (folders).</summary>
            private static void WriteNuGetConfig(string directory, params string[] sources) =>
                File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <packageSources>
                        <clear />
                    {string.Concat(sources.Select((source, index) => $"    <add key=\"source{index}\" value=\"{source}\" />\n"))}  </packageSources>
                    </configuration>
                    """);

            private static void CopyRealPlans(string directory)
            {
                foreach (var name in new[] { "krokom.plan", "jamtland-rsp.plan" })
                {
                    File.Copy(Path.Combine(Dotnet.Repository, "plans", name), Path.Combine(directory, "plans", name));
                }
            }

            private (int ExitCode, string Output) RunBuild(string directory, string[] arguments) =>
                Dotnet.Run(directory, new[] { "build", "-nologo", "-consoleLoggerParameters:NoSummary;ForceNoAlign" }.Concat(arguments).ToArray());

            public void Dispose()
            {
                try
                {
                    System.IO.Directory.Delete(_root, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temporary folder is harmless.
                }
            }
        }
    }
}
