using System;
using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>
    /// Two actions of one plan with the same title (case and spacing aside) are one action entered twice, or two actions
    /// the report cannot tell apart. The later one is reported.
    /// </summary>
    public sealed class ActionTitleRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.DuplicateActionTitle };

        public override void Check(RuleContext context)
        {
            var first = new Dictionary<string, Model.PlanAction>(StringComparer.OrdinalIgnoreCase);
            foreach (var action in context.Model.AllActions)
            {
                if (action.Title is not { } title)
                {
                    continue;
                }

                var key = string.Join(" ", title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (first.TryGetValue(key, out var other))
                {
                    context.Report(action, context.NameSpan(action), Diagnose.DuplicateActionTitle(action.Name, other.Name, context.LineOf(other), title));
                }
                else
                {
                    first.Add(key, action);
                }
            }
        }
    }
}
