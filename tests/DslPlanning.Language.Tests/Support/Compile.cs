using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Support
{
    /// <summary>Compiles plan snippets for binder tests.</summary>
    public static class Compile
    {
        public static PlanCompilation Files(params (string Path, string Text)[] files) => PlanCompilation.Create(files);

        public static PlanCompilation Text(string text) => Files(("test.plan", text));

        /// <summary>Wraps statements in <c>municipal plan P { … }</c> (the statements start on line 2, column 3).</summary>
        public static PlanCompilation InPlan(string statements) => Text("municipal plan P {\n" + Indent(statements) + "\n}\n");

        /// <summary>The model of a snippet that has no syntax or structure diagnostics (the rules may still report).</summary>
        public static ServicePlan Model(string statements)
        {
            var compilation = InPlan(statements);
            Assert.Empty(compilation.Structure());
            return compilation.Plans.Single().Model;
        }

        /// <summary>The syntax and structure diagnostics (SP0xxx, SP1xxx), leaving out the rules' findings and justified exceptions.</summary>
        public static IReadOnlyList<Diagnostic> Structure(this PlanCompilation compilation) =>
            compilation.Diagnostics.Where(diagnostic => diagnostic.Id[2] is '0' or '1' && diagnostic.Id is not ("SP1016" or "SP1017")).ToList();

        /// <summary>The diagnostics with one ID: what a test of that diagnostic looks at, whatever else the snippet makes others report.</summary>
        public static IReadOnlyList<Diagnostic> Only(this PlanCompilation compilation, string id) =>
            compilation.Diagnostics.Where(diagnostic => diagnostic.Id == id).ToList();

        /// <summary>The single syntax or structure diagnostic of a compilation, asserting there is exactly one.</summary>
        public static Diagnostic Single(this PlanCompilation compilation)
        {
            var structure = compilation.Structure();
            Assert.True(structure.Count == 1, "expected one diagnostic, got:\n" + string.Join("\n", structure));
            return structure[0];
        }

        /// <summary>"line,column", one-based, of a diagnostic's start.</summary>
        public static string Position(this Diagnostic diagnostic) => diagnostic.Location.Start.ToString();

        private static string Indent(string statements) => string.Join("\n", statements.Split('\n').Select(line => "  " + line));
    }
}
