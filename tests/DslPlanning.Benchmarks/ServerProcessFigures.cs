using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DslPlanning.Corpus;
using DslPlanning.LanguageServer.Protocol;
using DslPlanning.LanguageServer.Server;
using DslPlanning.LanguageServer.Tests.Support;
using Range = DslPlanning.LanguageServer.Protocol.Range;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// <c>--server-figures</c>: the built language server as an editor runs it, a process on stdio, with the national
    /// corpus as its workspace folder: the time from starting the process to its first diagnostics and to the last plan's,
    /// its memory (resident set) once every plan is checked and after typing, and the keystroke-to-diagnostics times.
    /// Figures for the benchmarks README; nothing here passes or fails.
    /// </summary>
    internal static class ServerProcessFigures
    {
        private const int Keystrokes = 100;

        public static async Task<int> RunAsync()
        {
            using var folder = PlanFolder.Empty();
            var corpus = NationalCorpus.Generate();
            foreach (var (path, text) in corpus)
            {
                folder.Write(path, text);
            }

            var server = Path.Combine(AppContext.BaseDirectory, "DslPlanning.LanguageServer.dll");
            var start = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("dotnet", $"\"{server}\" --stdio")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("dotnet could not be started");

            await using var session = LspSession.Attach(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            await session.InitializeAsync(folder.Path);
            var firstDiagnostics = start.Elapsed;
            var uris = corpus.Select(file => folder.Uri(file.Path)).ToList();
            foreach (var uri in uris)
            {
                await session.WaitForDiagnosticsAsync(uri);
            }

            var allDiagnostics = start.Elapsed;
            process.Refresh();
            var loadedMemory = process.WorkingSet64;

            var latencies = await TypeAsync(session, folder, "municipalities/Kommun145.plan");
            process.Refresh();
            var typedMemory = process.WorkingSet64;
            var peakMemory = process.PeakWorkingSet64;

            await session.RequestAsync<object?>(Methods.Shutdown, null);
            await session.NotifyAsync(Methods.Exit, null);
            var exited = process.WaitForExit(30_000);

            Console.WriteLine($"national corpus: {corpus.Count} plans, {NationalCorpus.Size(corpus)}");
            Console.WriteLine($"start to first diagnostics: {firstDiagnostics.TotalMilliseconds:0} ms; to every plan's: {allDiagnostics.TotalMilliseconds:0} ms");
            Console.WriteLine($"keystroke to diagnostics over {Keystrokes} keystrokes: median {Percentile(latencies, 0.5):0.0} ms, 90th percentile {Percentile(latencies, 0.9):0.0} ms");
            Console.WriteLine($"memory (resident): {Megabytes(loadedMemory)} MB with every plan checked, {Megabytes(typedMemory)} MB after typing, peak {Megabytes(peakMemory)} MB");
            Console.WriteLine(exited ? $"exit code after shutdown and exit: {process.ExitCode}" : "the server did not exit within 30 s");
            return exited && process.ExitCode == 0 ? 0 : 1;
        }

        private static async Task<List<double>> TypeAsync(LspSession session, PlanFolder folder, string plan)
        {
            var uri = folder.Uri(plan);
            var text = folder.Text(plan);
            await session.OpenAsync(uri, text);
            await session.WaitForDiagnosticsAsync(uri, published => published.Version == 1);
            var at = LineMap.For(text).ToPosition(text.IndexOf("description \"", StringComparison.Ordinal) + "description \"".Length);
            var latencies = new List<double>();
            for (var version = 2; version < Keystrokes + 2; version++)
            {
                var typed = version % 2 == 0;
                var change = new TextDocumentContentChangeEvent(new Range(at, typed ? at : at with { Character = at.Character + 1 }), typed ? "x" : string.Empty);
                var watch = Stopwatch.StartNew();
                await session.ChangeAsync(uri, version, change);
                var expected = version;
                await session.WaitForDiagnosticsAsync(uri, published => published.Version == expected);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            return latencies;
        }

        private static double Percentile(List<double> values, double fraction)
        {
            var sorted = values.OrderBy(value => value).ToList();
            return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
        }

        private static long Megabytes(long bytes) => bytes / (1024 * 1024);
    }
}
