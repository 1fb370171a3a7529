using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// The declared names of a compilation grouped by their look (<see cref="Declaration.Skeleton"/>), each group in the
    /// order of the files and of the text, with the diagnostics of its names that look like the group's first but are
    /// not the same (<see cref="LookAlikeNames"/>). <see cref="MoveTo"/> changes it to another compilation's plans by
    /// taking out the names of the plans that left and putting in those of the plans that came: a cost of the names of
    /// the changed plans, not of all names (and of a whole group only when its first name changes). It is changed in place, so one
    /// compilation hands it on to the next (<see cref="Workspaces.CompilationState"/>).
    /// </summary>
    internal sealed class LookAlikeIndex
    {
        private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<Group> _reporting = new();
        private HashSet<BoundPlan> _plans = new(ByReference<BoundPlan>.Instance);

        private LookAlikeIndex()
        {
        }

        /// <summary>The diagnostics of every group, in the order of the files and of the text.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics =>
            _reporting.SelectMany(group => group.Diagnostics.Values)
                .OrderBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ToList();

        public static LookAlikeIndex Build(IReadOnlyList<BoundPlan> plans)
        {
            var index = new LookAlikeIndex();
            var touched = new HashSet<Group>();
            foreach (var declaration in plans.SelectMany(plan => plan.Facts.Declarations))
            {
                var group = index.GroupOf(declaration.Skeleton);
                group.Members.Add(declaration);
                touched.Add(group);
            }

            foreach (var group in touched)
            {
                // Plans of one path given as two files interleave their names.
                if (!group.IsOrdered)
                {
                    var ordered = group.Members.OrderBy(member => member.Source.Path, StringComparer.Ordinal).ThenBy(member => member.Name.Span.Start).ToList();
                    group.Members.Clear();
                    group.Members.AddRange(ordered);
                }
            }

            index._plans = new HashSet<BoundPlan>(plans, ByReference<BoundPlan>.Instance);
            index.Recompute(touched);
            return index;
        }

        /// <summary>
        /// Changes the index to <paramref name="plans"/>, whose paths are distinct (a workspace's). A name taken out or put in
        /// after a group's first changes only its own diagnostic; a group whose first changes is recomputed.
        /// </summary>
        public void MoveTo(IReadOnlyList<BoundPlan> plans)
        {
            var now = new HashSet<BoundPlan>(plans, ByReference<BoundPlan>.Instance);
            var touched = new HashSet<Group>();
            foreach (var declaration in _plans.Where(plan => !now.Contains(plan)).SelectMany(plan => plan.Facts.Declarations))
            {
                var group = _groups[declaration.Skeleton];
                var at = group.Position(declaration);
                while (!ReferenceEquals(group.Members[at], declaration))
                {
                    at++;
                }

                group.Members.RemoveAt(at);
                group.Diagnostics.Remove(declaration);
                group.FirstChanged |= at == 0;
                touched.Add(group);
            }

            foreach (var declaration in plans.Where(plan => !_plans.Contains(plan)).SelectMany(plan => plan.Facts.Declarations))
            {
                var group = GroupOf(declaration.Skeleton);
                var at = group.Position(declaration, after: true);
                group.Members.Insert(at, declaration);
                group.FirstChanged |= at == 0;
                if (!group.FirstChanged && declaration.Name.Text != group.Members[0].Name.Text)
                {
                    group.Diagnostics[declaration] = LookAlikeNames.LooksLike(declaration, group.Members[0]);
                }

                touched.Add(group);
            }

            _plans = now;
            Recompute(touched);
        }

        private Group GroupOf(string skeleton)
        {
            if (!_groups.TryGetValue(skeleton, out var group))
            {
                _groups.Add(skeleton, group = new Group(skeleton));
            }

            return group;
        }

        /// <summary>Recomputes the diagnostics of the groups whose first changed, and notes which groups report.</summary>
        private void Recompute(IEnumerable<Group> groups)
        {
            foreach (var group in groups)
            {
                if (group.FirstChanged)
                {
                    group.FirstChanged = false;
                    group.Diagnostics.Clear();
                    var first = group.Members.FirstOrDefault();
                    foreach (var member in group.Members.Skip(1).Where(member => member.Name.Text != first!.Name.Text))
                    {
                        group.Diagnostics.Add(member, LookAlikeNames.LooksLike(member, first!));
                    }
                }

                if (group.Diagnostics.Count > 0)
                {
                    _reporting.Add(group);
                }
                else
                {
                    _reporting.Remove(group);
                    if (group.Members.Count == 0)
                    {
                        _groups.Remove(group.Skeleton);
                    }
                }
            }
        }

        /// <summary>The names of one look, in order, and the diagnostics of those that differ from the first.</summary>
        private sealed class Group
        {
            public Group(string skeleton)
            {
                Skeleton = skeleton;
            }

            public string Skeleton { get; }

            public List<Declaration> Members { get; } = new();

            /// <summary>The diagnostic of each member whose name differs from the first's.</summary>
            public Dictionary<Declaration, Diagnostic> Diagnostics { get; } = new(ByReference<Declaration>.Instance);

            /// <summary>Whether the first member changed since the diagnostics were computed: they all name it.</summary>
            public bool FirstChanged { get; set; } = true;

            public bool IsOrdered => Enumerable.Range(1, Math.Max(0, Members.Count - 1)).All(i => Declaration.Compare(Members[i - 1], Members[i]) <= 0);

            /// <summary>The first member not before <paramref name="declaration"/> (or, <paramref name="after"/>, the first after it).</summary>
            public int Position(Declaration declaration, bool after = false)
            {
                int low = 0, high = Members.Count;
                while (low < high)
                {
                    var middle = low + ((high - low) / 2);
                    var order = Declaration.Compare(Members[middle], declaration);
                    if (order < 0 || (after && order == 0))
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                return low;
            }
        }
    }
}
