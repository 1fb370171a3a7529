using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Analyzers
{
    /// <summary>
    /// The outlines of every plan file in path order, with what binding and emitting each file needs from them — the
    /// scope of names, the C# class names and which file declares each plan — built once when an outline changes rather
    /// than once per file, so that generating n files costs n, not n². Equal when the outlines are equal: the value
    /// the generator's cache compares.
    /// </summary>
    internal sealed class GeneratorScope : IEquatable<GeneratorScope>
    {
        private readonly ValueList<FileOutline> _files;
        private readonly Dictionary<string, (string Path, int Index)> _declarations = new(StringComparer.Ordinal);

        public GeneratorScope(ValueList<FileOutline> files)
        {
            _files = files;
            Scope = PlanBinding.Scope(files.Select(file => (file.Path, file.Outlines)));
            SharingAClass = CSharpNameChecks.PlansSharingAClass(files.SelectMany(file => file.Outlines).Select(outline => outline.Name));
            foreach (var file in files)
            {
                for (var index = 0; index < file.Outlines.Count; index++)
                {
                    if (!_declarations.ContainsKey(file.Outlines[index].Name))
                    {
                        _declarations.Add(file.Outlines[index].Name, (file.Path, index));
                    }
                }
            }
        }

        /// <summary>The plans visible to the binder.</summary>
        public CompilationScope Scope { get; }

        /// <summary>The plans whose names become the C# class of another plan's name too (SP1019): none of them is emitted.</summary>
        public ISet<string> SharingAClass { get; }

        /// <summary>
        /// Whether the <paramref name="index"/>-th plan of the file at <paramref name="path"/> is the first declaration of
        /// <paramref name="plan"/> (in path order): only that plan of a name is emitted.
        /// </summary>
        public bool Declares(string plan, string path, int index) =>
            _declarations.TryGetValue(plan, out var first) && first == (path, index);

        public bool Equals(GeneratorScope? other) => other is not null && _files.Equals(other._files);

        public override bool Equals(object? obj) => Equals(obj as GeneratorScope);

        public override int GetHashCode() => _files.GetHashCode();
    }
}
