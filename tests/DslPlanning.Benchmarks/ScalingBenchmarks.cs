using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DslPlanning.Analyzers;
using DslPlanning.Corpus;
using DslPlanning.Language.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// The shapes of input that once took super-linear time (issue 9), each at its size n and at 8n. The Growth column
    /// (<see cref="GrowthColumn"/>) is time(8n) / time(n): 8 for linear work, the goal at most 9.
    /// </summary>
    [MemoryDiagnoser]
    public class ScalingBenchmarks
    {
        private IReadOnlyList<(string Path, string Text)> _files = Array.Empty<(string, string)>();
        private CSharpCompilation _compilation = null!;
        private ImmutableArray<AdditionalText> _texts;

        [ParamsAllValues]
        public StressShape Shape { get; set; }

        /// <summary>1 for the shape's base size n, 8 for 8n.</summary>
        [Params(1, 8)]
        public int Times { get; set; }

        /// <summary>The number of goals, plans or places for <see cref="Times"/> = 1: 8n runs in a few seconds.</summary>
        public static int BaseSize(StressShape shape) => shape switch
        {
            StressShape.GoalChain => 4_000,
            StressShape.UnservedGoalChain => 12_500,
            StressShape.FollowsChain => 2_500,
            StressShape.ActionPlaces => 5_000,
            _ => 2_500,
        };

        [GlobalSetup]
        public void Setup()
        {
            _files = StressShapes.Generate(Shape, BaseSize(Shape) * Times);
            _compilation = RoslynInputs.Compilation();
            _texts = RoslynInputs.Texts(_files);
        }

        /// <summary>Parse, bind and rules: what the analyzer and <c>dslplanning check</c> do.</summary>
        [Benchmark]
        public int FrontEnd() => PlanCompilation.Create(_files).Diagnostics.Count;

        /// <summary>The incremental generator, from scratch.</summary>
        [Benchmark]
        public int Generator()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, _texts);
            return driver.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
        }
    }
}
