using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DslPlanning.Corpus;
using DslPlanning.Language.Text;
using DslPlanning.Language.Workspaces;

namespace DslPlanning.Benchmarks
{
    /// <summary>
    /// A tool's workspace holding the national corpus (458 plans): one character typed, or taken back, in one plan, then
    /// every diagnostic of the workspace — against the same front end from scratch (the baseline). Each edit is made to
    /// the workspace the edit before left, so every measured edit compiles from a compiled snapshot, as in an editor.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class WorkspaceEditBenchmarks
    {
        /// <summary>Edits per measured invocation: typed and taken back in turn, so the workspace ends as it began.</summary>
        private const int Edits = 10;

        private IReadOnlyList<(string Path, string Text)> _files = Array.Empty<(string, string)>();
        private PlanWorkspace _workspace = null!;
        private bool _typed;

        [GlobalSetup]
        public void Setup()
        {
            _files = NationalCorpus.Generate();
            _workspace = PlanWorkspace.Create(_files);
            _ = _workspace.Compilation;
        }

        /// <summary>The front end from scratch: what a tool without a workspace does on every keystroke.</summary>
        [Benchmark(Baseline = true)]
        public int FromScratch() => PlanWorkspace.Create(_files).Compilation.Diagnostics.Count;

        /// <summary>A character in a description of a municipal plan that no other plan reads.</summary>
        [Benchmark(OperationsPerInvoke = Edits)]
        public int EditInMunicipalPlan() => Edit("municipalities/Kommun145.plan", "description \"");

        /// <summary>A character in a description of a regional programme that 21 plans follow and serve: their rules that read the programme run again.</summary>
        [Benchmark(OperationsPerInvoke = Edits)]
        public int EditInFollowedProgramme() => Edit("regions/Region11RSP.plan", "description \"");

        /// <summary>A character appended to a goal's name in a regional programme: the plans that serve it are bound again and report, then mend.</summary>
        [Benchmark(OperationsPerInvoke = Edits)]
        public int EditOfServedGoalName() => Edit("regions/Region11RSP.plan", "goal 1.1");

        private int Edit(string path, string after)
        {
            var text = _workspace.GetDocument(path)!.Text.Text;
            var at = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
            var diagnostics = 0;
            for (var i = 0; i < Edits; i++)
            {
                var change = _typed ? new TextChange(new TextSpan(at, 1), string.Empty) : new TextChange(new TextSpan(at, 0), "x");
                _typed = !_typed;
                _workspace = _workspace.WithChange(path, change);
                diagnostics += _workspace.Compilation.Diagnostics.Count;
            }

            return diagnostics;
        }
    }
}
