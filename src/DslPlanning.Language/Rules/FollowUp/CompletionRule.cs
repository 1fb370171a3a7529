using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.FollowUp
{
    /// <summary>Target and recorded completion of actions lie between 0 % and 100 %.</summary>
    public sealed class CompletionRule : PlanRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.CompletionOutOfRange };

        public override void Check(RuleContext context)
        {
            foreach (var action in context.Model.AllActions)
            {
                if (action.Completion is { } completion && OutOfRange(completion.Value))
                {
                    context.Report(action, context.Plan.Map.NameSpan(completion, context.NameSpan(action)),
                        Diagnose.CompletionOutOfRange(recorded: false, action.Name, completion.Value));
                }

                foreach (var record in action.Progress)
                {
                    if (OutOfRange(record.Value))
                    {
                        context.Report(action, context.Plan.Map.NameSpan(record, context.NameSpan(action)),
                            Diagnose.CompletionOutOfRange(recorded: true, action.Name, record.Value));
                    }
                }
            }
        }

        private static bool OutOfRange(Percent value) => value.Value < 0m || value.Value > 100m;
    }
}
