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
    /// <c>--server-figures [server.dll] [--runs n]</c>: a language server as an editor runs it, a process on stdio, with the
    /// national corpus as its workspace folder, started <c>n</c> times (5 unless told): each time, the time from starting the
    /// process to its first diagnostics and to the last plan's, its memory (resident set) once every plan is checked and
    /// after typing, and the keystroke-to-diagnostics times; then the medians. The server is the one built next to the
    /// benchmarks unless a <c>DslPlanning.LanguageServer.dll</c> is named (the published one that the VS Code extension
    /// ships: <c>editors/vscode/server</c>). Figures for the benchmarks README; nothing here passes or fails.
    /// </summary>
    internal static class ServerProcessFigures
    {
        private const int Keystrokes = 100;

        public static async Task<int> RunAsync(string? server, int runs)
        {
            server = Path.GetFullPath(server ?? Path.Combine(AppContext.BaseDirectory, "DslPlanning.LanguageServer.dll"));
            if (!File.Exists(server))
            {
                Console.Error.WriteLine($"error: no language server at '{server}'");
                return 2;
            }

            using var folder = PlanFolder.Empty();
            var corpus = NationalCorpus.Generate();
            foreach (var (path, text) in corpus)
            {
                folder.Write(path, text);
            }

            Console.WriteLine($"national corpus: {corpus.Count} plans, {NationalCorpus.Size(corpus)}; server: {server}");
            var figures = new List<RunFigures>();
            for (var run = 1; run <= runs; run++)
            {
                var figure = await RunOnceAsync(server, folder, corpus);
                figures.Add(figure);
                Console.WriteLine($"run {run}: first diagnostics {figure.FirstDiagnostics:0} ms, every plan's {figure.AllDiagnostics:0} ms; " +
                    $"keystroke median {figure.KeystrokeMedian:0.0} ms, 90th percentile {figure.Keystroke90:0.0} ms; " +
                    $"memory {figure.LoadedMegabytes} MB checked, {figure.TypedMegabytes} MB after typing, peak {figure.PeakMegabytes} MB; " +
                    (figure.ExitCode is { } code ? $"exit code {code}" : "did not exit within 30 s"));
            }

            Console.WriteLine($"medians of {runs} runs: start to first diagnostics {Median(figures, f => f.FirstDiagnostics):0} ms, to every plan's {Median(figures, f => f.AllDiagnostics):0} ms; " +
                $"keystroke median {Median(figures, f => f.KeystrokeMedian):0.0} ms; memory after typing {Median(figures, f => f.TypedMegabytes):0} MB");
            return figures.All(figure => figure.ExitCode == 0) ? 0 : 1;
        }

        private static async Task<RunFigures> RunOnceAsync(string server, PlanFolder folder, IReadOnlyList<(string Path, string Text)> corpus)
        {
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
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            return new RunFigures(
                firstDiagnostics.TotalMilliseconds, allDiagnostics.TotalMilliseconds, Percentile(latencies, 0.5), Percentile(latencies, 0.9),
                Megabytes(loadedMemory), Megabytes(typedMemory), Megabytes(peakMemory), exited ? process.ExitCode : null);
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

        private static double Median(List<RunFigures> figures, Func<RunFigures, double> figure) => Percentile(figures.Select(figure).ToList(), 0.5);

        private sealed record RunFigures(
            double FirstDiagnostics, double AllDiagnostics, double KeystrokeMedian, double Keystroke90, long LoadedMegabytes, long TypedMegabytes, long PeakMegabytes, int? ExitCode);
    }
}
