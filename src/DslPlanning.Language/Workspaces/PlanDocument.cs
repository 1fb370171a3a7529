using System.Threading;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Workspaces
{
    /// <summary>A plan file in a workspace: its text, and its syntax tree, parsed when first asked and kept while the text is unchanged.</summary>
    public sealed class PlanDocument
    {
        private SyntaxTree? _tree;

        internal PlanDocument(SourceText text)
        {
            Text = text;
        }

        public string Path => Text.Path;

        public SourceText Text { get; }

        public SyntaxTree SyntaxTree => LazyInitializer.EnsureInitialized(ref _tree, () => PlanParser.Parse(Text))!;
    }
}
