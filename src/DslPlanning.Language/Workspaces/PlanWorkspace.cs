using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Text;

namespace DslPlanning.Language.Workspaces
{
    /// <summary>
    /// An immutable snapshot of plan files for tools (the language server, an editor): documents in, a text change to one
    /// of them applied (<see cref="WithChange"/>), a new snapshot out whose <see cref="Compilation"/> — the same as
    /// <see cref="PlanCompilation.Create(IEnumerable{SourceText}, PlanCompilationOptions?)"/> of the same texts — is
    /// computed when first asked, reusing what the snapshot it came from computed: unchanged documents' trees, bindings
    /// that still hold, rules whose inputs did not change (<see cref="CompilationState"/>). Every snapshot stays valid and
    /// can be read from any thread.
    /// </summary>
    public sealed class PlanWorkspace
    {
        private static readonly StringComparer Paths = StringComparer.Ordinal;

        /// <summary>The documents, in path order.</summary>
        private readonly PlanDocument[] _documents;
        private readonly Lazy<CompilationState> _state;

        /// <summary>The state of the nearest snapshot before this one that was compiled; dropped once this one is.</summary>
        private CompilationState? _earlier;

        private PlanWorkspace(PlanDocument[] documents, PlanCompilationOptions options, CompilationState? earlier)
        {
            _documents = documents;
            Options = options;
            _earlier = earlier;
            _state = new Lazy<CompilationState>(Compile, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>A workspace with no documents.</summary>
        public static PlanWorkspace Create(PlanCompilationOptions? options = null) =>
            new(Array.Empty<PlanDocument>(), options ?? PlanCompilationOptions.Default, null);

        /// <summary>A workspace of plan files given as (path, text); a path given twice keeps its last text.</summary>
        public static PlanWorkspace Create(IEnumerable<(string Path, string Text)> files, PlanCompilationOptions? options = null) =>
            Create(files.Select(file => new SourceText(file.Path, file.Text)), options);

        /// <summary>A workspace of plan files as read (<see cref="PlanFileEncoding"/>); a path given twice keeps its last text.</summary>
        public static PlanWorkspace Create(IEnumerable<SourceText> files, PlanCompilationOptions? options = null)
        {
            var byPath = new Dictionary<string, PlanDocument>(Paths);
            foreach (var file in files)
            {
                byPath[file.Path] = new PlanDocument(file);
            }

            return new PlanWorkspace(byPath.Values.OrderBy(document => document.Path, Paths).ToArray(), options ?? PlanCompilationOptions.Default, null);
        }

        public PlanCompilationOptions Options { get; }

        /// <summary>The documents, in path order.</summary>
        public IReadOnlyList<PlanDocument> Documents => _documents;

        /// <summary>The compilation of every document, computed once, when first asked.</summary>
        public PlanCompilation Compilation => _state.Value.Compilation;

        /// <summary>What the compilation kept of each step, for tests of what a change reuses.</summary>
        internal CompilationState State => _state.Value;

        public PlanDocument? GetDocument(string path)
        {
            var index = IndexOf(path);
            return index >= 0 ? _documents[index] : null;
        }

        /// <summary>This workspace with the document at <paramref name="path"/> added, or its text replaced.</summary>
        public PlanWorkspace WithDocument(string path, string text) => WithDocument(new SourceText(path, text));

        /// <summary>This workspace with the document added, or the text of the document at its path replaced.</summary>
        public PlanWorkspace WithDocument(SourceText text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var index = IndexOf(text.Path);
            if (index >= 0 && _documents[index].Text.Text == text.Text && Equals(_documents[index].Text.NotUtf8, text.NotUtf8))
            {
                return this;
            }

            var documents = new List<PlanDocument>(_documents);
            if (index >= 0)
            {
                documents[index] = new PlanDocument(text);
            }
            else
            {
                documents.Insert(~index, new PlanDocument(text));
            }

            return Next(documents.ToArray(), Options);
        }

        /// <summary>This workspace with one change made to the text of the document at <paramref name="path"/>.</summary>
        /// <exception cref="ArgumentException">No document has that path.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The change's span does not lie within the document's text.</exception>
        public PlanWorkspace WithChange(string path, TextChange change) => WithChanges(path, new[] { change });

        /// <summary>This workspace with changes made one after the other (each on the text the one before left), as an editor sends them.</summary>
        /// <exception cref="ArgumentException">No document has that path.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A change's span does not lie within the text it is made to.</exception>
        public PlanWorkspace WithChanges(string path, IEnumerable<TextChange> changes)
        {
            var document = GetDocument(path) ?? throw new ArgumentException($"The workspace has no document '{path}'.", nameof(path));
            var text = changes.Aggregate(document.Text.Text, (current, change) => change.ApplyTo(current));
            return WithDocument(new SourceText(path, text));
        }

        /// <summary>This workspace without the document at <paramref name="path"/> (the same workspace when it has none).</summary>
        public PlanWorkspace WithoutDocument(string path)
        {
            var index = IndexOf(path);
            return index < 0 ? this : Next(_documents.Where((_, i) => i != index).ToArray(), Options);
        }

        /// <summary>This workspace with other options: the rules run again on every plan, the trees and bindings are kept.</summary>
        public PlanWorkspace WithOptions(PlanCompilationOptions options) =>
            Equals(options, Options) ? this : Next(_documents, options ?? throw new ArgumentNullException(nameof(options)));

        private PlanWorkspace Next(PlanDocument[] documents, PlanCompilationOptions options) =>
            new(documents, options, _state.IsValueCreated ? _state.Value : _earlier);

        private CompilationState Compile()
        {
            var state = CompilationState.Build(_documents.Select(document => document.SyntaxTree), Options, _earlier);
            _earlier = null;
            return state;
        }

        private int IndexOf(string path)
        {
            int low = 0, high = _documents.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = Paths.Compare(_documents[middle].Path, path);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }
    }
}
