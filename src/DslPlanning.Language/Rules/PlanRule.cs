using System.Collections.Generic;
using DslPlanning.Language.Diagnostics;

namespace DslPlanning.Language.Rules
{
    /// <summary>A rule: a pure check of one bound plan (seeing every plan compiled with it) that reports findings.</summary>
    public abstract class PlanRule
    {
        /// <summary>The diagnostics this rule can report.</summary>
        public abstract IEnumerable<DiagnosticDescriptor> Descriptors { get; }

        public abstract void Check(RuleContext context);
    }
}
