using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Priority
{
    /// <summary>
    /// An action's priority is a level of the plan's scale (<c>priorities</c>, default high, medium, low). When the plan
    /// declares a scale, every action it plans has a priority; otherwise the areas' ranks are the plan's priorities.
    /// </summary>
    public sealed class ActionPriorityRule : PlanRule
    {
        private static readonly string[] DefaultScale = { "high", "medium", "low" };

        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.ActionWithoutPriority, DiagnosticCatalog.UnknownPriority };

        public override void Check(RuleContext context)
        {
            var declared = context.Model.PriorityScale.Count > 0;
            var scale = declared ? context.Model.PriorityScale.ToArray() : DefaultScale;
            var levels = new HashSet<string>(scale, System.StringComparer.Ordinal);
            foreach (var action in context.Model.AllActions)
            {
                if (action.Priority is null)
                {
                    if (declared && action.Status.CountsAsPlanned())
                    {
                        context.Report(action, context.NameSpan(action), Diagnose.ActionWithoutPriority(action.Name, scale));
                    }
                }
                else if (!levels.Contains(action.Priority))
                {
                    context.Report(action, context.StatementSpan(action, "priority"),
                        Diagnose.UnknownPriority(action.Priority, action.Name, scale, didYouMean: Suggestions.Closest(action.Priority, scale)));
                }
            }
        }
    }
}
