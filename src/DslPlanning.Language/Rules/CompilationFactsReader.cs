using System.Collections.Generic;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;
using DslPlanning.Model.Figures;

namespace DslPlanning.Language.Rules
{
    /// <summary>The compilation's facts as one rule on one plan sees them: every read is noted (<see cref="RuleReads"/>).</summary>
    internal sealed class CompilationFactsReader
    {
        private readonly CompilationFacts _facts;
        private readonly RuleReads _reads;

        public CompilationFactsReader(CompilationFacts facts, RuleReads reads)
        {
            _facts = facts;
            _reads = reads;
        }

        /// <summary>Every plan compiled together: a rule that reads it reruns whenever any plan changes.</summary>
        public IReadOnlyList<BoundPlan> Plans
        {
            get
            {
                _reads.AllPlans();
                return _facts.Plans;
            }
        }

        public IReadOnlyList<FunderYear> FundingTotals
        {
            get
            {
                _reads.AllFunding();
                return _facts.FundingTotals;
            }
        }

        /// <summary>All goals served: a rule that reads the whole set reruns whenever it changes; <see cref="IsServed"/> is finer.</summary>
        public HashSet<SymbolRef> ServedGoals
        {
            get
            {
                _reads.AllServed();
                return _facts.ServedGoals;
            }
        }

        public BoundPlan? FindPlan(string name)
        {
            var plan = _facts.ByName.TryGetValue(name, out var found) ? found : null;
            _reads.Plan(name, plan);
            return plan;
        }

        /// <summary>Whether an action of any plan serves the goal or area, directly or through others.</summary>
        public bool IsServed(SymbolRef goal)
        {
            var served = _facts.ServedGoals.Contains(goal);
            _reads.Served(goal, served);
            return served;
        }

        /// <summary>One funder's totals per year, in year order.</summary>
        public IReadOnlyList<FunderYear> FundingOf(SymbolRef funder)
        {
            var totals = _facts.FundingOf(funder);
            _reads.Funding(funder, totals);
            return totals;
        }
    }
}
