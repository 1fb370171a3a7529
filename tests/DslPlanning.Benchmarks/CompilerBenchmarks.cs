using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using DslPlanning.Analyzers;
using Diagnostic = DslPlanning.Language.Diagnostics.Diagnostic;
using DslPlanning.Language.Emit;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Rules;
using DslPlanning.Language.Semantics;
using PlanTree = DslPlanning.Language.Syntax.SyntaxTree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// The compiler's stages on each workload, against Roslyn parsing the C# that the generator emits for the same plans
    /// (the baseline: our front end — parse, bind, rules — should cost no more than that).
    /// </summary>
    [MemoryDiagnoser]
    public class CompilerBenchmarks
    {
        private IReadOnlyList<(string Path, string Text)> _files = Array.Empty<(string, string)>();
        private List<PlanTree> _trees = new();
        private List<BoundPlan> _bound = new();
        private List<string> _emitted = new();
        private CSharpCompilation _compilation = null!;
        private ImmutableArray<AdditionalText> _texts;

        [Params(Workload.RealPlans, Workload.National, Workload.Large)]
        public Workload Workload { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _files = Workloads.Files(Workload);
            _trees = _files.Select(file => PlanParser.Parse(file.Path, file.Text)).ToList();
            var scope = PlanBinding.Scope(_trees.Select(tree => (tree.Text.Path, PlanBinding.Outline(tree))));
            _bound = _trees.SelectMany(tree => PlanBinding.Bind(tree, scope, new List<Diagnostic>())).ToList();
            _emitted = _bound.Select(plan => PlanEmitter.EmitPlan(plan.Model, CSharpNames.PlanClass(plan.Name), plan.Tree.Text.Path)).ToList();
            _compilation = RoslynInputs.Compilation();
            _texts = RoslynInputs.Texts(_files);
        }

        /// <summary>Roslyn parsing the C# emitted for the same plans.</summary>
        [Benchmark(Baseline = true)]
        public int RoslynParseOfEmittedCSharp()
        {
            var nodes = 0;
            foreach (var source in _emitted)
            {
                nodes += CSharpSyntaxTree.ParseText(source).GetRoot().FullSpan.Length;
            }

            return nodes;
        }

        [Benchmark]
        public int Parse()
        {
            var plans = 0;
            foreach (var (path, text) in _files)
            {
                plans += PlanParser.Parse(path, text).Plans.Count;
            }

            return plans;
        }

        [Benchmark]
        public int Bind()
        {
            var scope = PlanBinding.Scope(_trees.Select(tree => (tree.Text.Path, PlanBinding.Outline(tree))));
            var diagnostics = new List<Diagnostic>();
            return _trees.Sum(tree => PlanBinding.Bind(tree, scope, diagnostics).Count);
        }

        [Benchmark]
        public int Rules()
        {
            var diagnostics = new List<Diagnostic>();
            RuleRunner.Run(_bound, PlanCompilationOptions.Default, diagnostics);
            return diagnostics.Count;
        }

        /// <summary>Parse, bind and rules: what the analyzer does.</summary>
        [Benchmark]
        public int FrontEnd() => PlanCompilation.Create(_files).Diagnostics.Count;

        [Benchmark]
        public int Emit() => _bound.Sum(plan => PlanEmitter.EmitPlan(plan.Model, CSharpNames.PlanClass(plan.Name), plan.Tree.Text.Path).Length);

        /// <summary>The incremental generator alone, from scratch.</summary>
        [Benchmark]
        public int Generator()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, _texts);
            return driver.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
        }

        /// <summary>The analyzer alone.</summary>
        [Benchmark]
        public int Analyzer() =>
            _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer()), new AnalyzerOptions(_texts))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result.Length;

        /// <summary>The generator and the analyzer as the compiler runs them (the analyzer sees the generated code).</summary>
        [Benchmark]
        public int GeneratorAndAnalyzer()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, _texts);
            driver = driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
            var analyzed = output.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer()),
                new AnalyzerOptions(_texts));
            return analyzed.GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result.Length + driver.GetRunResult().GeneratedTrees.Length;
        }
    }
}
