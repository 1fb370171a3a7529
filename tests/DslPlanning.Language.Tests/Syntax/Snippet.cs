using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>Parses plan snippets for the parser tests and reads back what the syntax nodes cover.</summary>
    internal static class Snippet
    {
        /// <summary>The header <see cref="InPlan"/> puts before the statements: they start on line 1 (zero-based), column 0.</summary>
        public const string PlanHeader = "municipal plan P {\n";

        public static SyntaxTree Parse(string text) => PlanParser.Parse("test.plan", text);

        /// <summary>Wraps <paramref name="statements"/> in <c>municipal plan P { … }</c>, unindented, starting on line 1.</summary>
        public static SyntaxTree InPlan(string statements) => Parse(PlanHeader + statements + "\n}\n");

        /// <summary>The statements of the one plan in <paramref name="text"/>, which must parse without diagnostics.</summary>
        public static PlanSyntax CleanPlan(string text)
        {
            var tree = Parse(text);
            AssertNoDiagnostics(tree);
            return Assert.Single(tree.Plans);
        }

        /// <summary>The body of <c>municipal plan P { statements }</c>, which must parse without diagnostics.</summary>
        public static ValueList<StatementSyntax> Statements(string statements) => CleanPlan(PlanHeader + statements + "\n}\n").Body;

        /// <summary>The one statement of a plan body, of type <typeparamref name="T"/>.</summary>
        public static T Single<T>(string statement) where T : StatementSyntax => Assert.IsType<T>(Assert.Single(Statements(statement)));

        /// <summary>The one statement inside the block of the one declaration <paramref name="declaration"/>.</summary>
        public static T SingleInBlock<T>(string declaration) where T : StatementSyntax =>
            Assert.IsType<T>(Assert.Single(Single<DeclarationSyntax>(declaration).Body));

        public static void AssertNoDiagnostics(SyntaxTree tree) =>
            Assert.True(tree.Diagnostics.Count == 0, "expected no diagnostics, got:\n" + Describe(tree.Diagnostics));

        public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(diagnostic => diagnostic.ToString()));

        /// <summary>The source text a node covers.</summary>
        public static string TextOf(this SyntaxTree tree, SyntaxNode node) => tree.Text.Text.Substring(node.Span.Start, node.Span.Length);

        /// <summary>The source text a node of <see cref="InPlan"/> / <see cref="Statements"/> covers (same text as was parsed).</summary>
        public static string TextIn(string statements, SyntaxNode node) => (PlanHeader + statements + "\n}\n").Substring(node.Span.Start, node.Span.Length);

        public static QuantitySyntax Quantity(ValueSyntax? value) => Assert.IsType<QuantitySyntax>(value);

        public static string[] Names(ValueSyntax? value) =>
            Assert.IsType<ReferenceListSyntax>(value).Items.Select(item => item.ToString()).ToArray();

        /// <summary>
        /// The value of the term <c>x VALUE</c> in a scheme (parsed by the general value parser: numbers with units,
        /// dates, ranges, strings, names), which must parse without diagnostics, and the text its span covers.
        /// </summary>
        public static (ValueSyntax Value, string Covered) SchemeValue(string value)
        {
            var text = "scheme s {\nx " + value + "\n}";
            var term = SingleInBlock<FactStatementSyntax>(text);
            Assert.NotNull(term.Fact.Value);
            return (term.Fact.Value, TextIn(text, term.Fact.Value));
        }

        /// <summary>The node and all nodes below it (every property of a node that is a node or a list of nodes).</summary>
        public static IEnumerable<(SyntaxNode Node, SyntaxNode? Parent)> Descendants(SyntaxNode root)
        {
            var stack = new Stack<(SyntaxNode, SyntaxNode?)>();
            stack.Push((root, null));
            while (stack.Count > 0)
            {
                var (node, parent) = stack.Pop();
                yield return (node, parent);
                foreach (var child in node.ChildNodes())
                {
                    stack.Push((child, node));
                }
            }
        }

        /// <summary>The repository root: the first folder above the test assembly that holds DslPlanning.sln.</summary>
        public static string RepositoryRoot => DslPlanning.Tests.Shared.RepositoryRoot.Path;
    }
}
