using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/DslPlanning.Benchmarks -- [--quick] [BenchmarkDotNet options]</c>.
    /// <c>--quick</c> runs in-process, each benchmark twice to warm up and five times measured: a few minutes on two cores.
    /// <c>--server-figures [server.dll] [--runs n]</c> starts a language server as a process on the national corpus n times (<see cref="ServerProcessFigures"/>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Contains("--server-figures"))
            {
                return ServerFigures(args.Where(arg => arg != "--server-figures").ToList());
            }

            var quick = args.Contains("--quick");
            var rest = args.Where(arg => arg != "--quick").ToArray();
            var job = quick
                ? Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
                    .WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithId("Quick")
                : Job.Default;
            var config = DefaultConfig.Instance
                .AddJob(job)
                .AddColumn(new AllocationPerMegabyteColumn(), new GrowthColumn())
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? new[] { "--filter", "*" } : rest, config);
            return 0;
        }

        private const string ServerFiguresUsage = "usage: --server-figures [path/to/DslPlanning.LanguageServer.dll] [--runs <n ≥ 1>]";

        private static int ServerFigures(List<string> args)
        {
            var runs = 5;
            var at = args.IndexOf("--runs");
            if (at >= 0)
            {
                if (at + 1 >= args.Count || !int.TryParse(args[at + 1], out runs) || runs < 1)
                {
                    Console.Error.WriteLine(ServerFiguresUsage);
                    return 2;
                }

                args.RemoveRange(at, 2);
            }

            if (args.Count > 1)
            {
                Console.Error.WriteLine(ServerFiguresUsage);
                return 2;
            }

            return ServerProcessFigures.RunAsync(args.Count == 1 ? args[0] : null, runs).GetAwaiter().GetResult();
        }
    }
}
