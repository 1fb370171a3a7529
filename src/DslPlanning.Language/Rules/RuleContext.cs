using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules
{
    /// <summary>What a rule sees while it checks one plan: the plan, every plan compiled together, the options, and where to report.</summary>
    public sealed class RuleContext
    {
        private readonly List<Finding> _findings;

        internal RuleContext(BoundPlan plan, CompilationFacts compilation, PlanCompilationOptions options, List<Finding> findings, RuleReads reads)
        {
            Plan = plan;
            Compilation = new CompilationFactsReader(compilation, reads);
            Options = options;
            _findings = findings;
            Reads = reads;
        }

        /// <summary>What is computed once over every plan compiled together (what a rule reads of it is noted in <see cref="Reads"/>).</summary>
        internal CompilationFactsReader Compilation { get; }

        /// <summary>What the rule read outside this plan.</summary>
        internal RuleReads Reads { get; }

        public BoundPlan Plan { get; }

        public ServicePlan Model => Plan.Model;

        /// <summary>Every plan compiled together, this one included.</summary>
        public IReadOnlyList<BoundPlan> Plans => Compilation.Plans;

        public PlanCompilationOptions Options { get; }

        public BoundPlan? FindPlan(string name) => Compilation.FindPlan(name);

        /// <summary>The plans this plan follows, directly or through others (nearest first).</summary>
        public IEnumerable<BoundPlan> FollowedPlans()
        {
            var seen = new HashSet<string> { Plan.Name };
            var queue = new Queue<BoundPlan>(new[] { Plan });
            while (queue.Count > 0)
            {
                foreach (var name in queue.Dequeue().Model.Follows)
                {
                    if (seen.Add(name) && FindPlan(name) is { } followed)
                    {
                        yield return followed;
                        queue.Enqueue(followed);
                    }
                }
            }
        }

        /// <summary>
        /// Reports a finding about <paramref name="subject"/> (a model element of this plan). Justified exceptions on the
        /// subject or an element that contains it suppress it.
        /// </summary>
        public void Report(object subject, TextSpan span, DiagnosticMessage message, IEnumerable<RelatedLocation>? related = null) =>
            _findings.Add(new Finding(Plan, message, subject, span, related is null ? ValueList<RelatedLocation>.Empty : new ValueList<RelatedLocation>(related)));

        /// <summary>Where the element <paramref name="name"/> of <paramref name="plan"/> (this plan or another) is declared, if it is.</summary>
        public SourceLocation? DeclarationOf(string plan, SymbolKind kind, string name) =>
            FindPlan(plan)?.Symbols.Find(kind, name) is { } symbol ? symbol.Source.GetLocation(symbol.Declaration.Name.Span) : null;

        /// <summary>The span of an element's name (or of its statement).</summary>
        public TextSpan NameSpan(object element) => Plan.Map.NameSpan(element, Plan.Syntax.Name.Span);

        /// <summary>The one-based line of an element's name, for a message that points to a second element.</summary>
        public int LineOf(object element) => Plan.Tree.Text.GetLinePosition(NameSpan(element).Start).Line + 1;

        /// <summary>The span of the first statement or clause with <paramref name="keyword"/> in an element's declaration, else of its name.</summary>
        public TextSpan StatementSpan(object element, string keyword)
        {
            if (Plan.Map.Find(element) is DeclarationSyntax declaration)
            {
                var clause = declaration.Clauses.FirstOrDefault(candidate => candidate.Keyword.Text == keyword);
                if (clause is not null)
                {
                    return clause.Span;
                }

                var statement = declaration.Body.FirstOrDefault(candidate => candidate.Keyword.Text == keyword);
                if (statement is not null)
                {
                    return statement.Span;
                }
            }
            else if (Plan.Map.Find(element) is PlanSyntax plan && plan.Body.FirstOrDefault(candidate => candidate.Keyword.Text == keyword) is { } planStatement)
            {
                return planStatement.Span;
            }

            return NameSpan(element);
        }

        /// <summary>The span of the place's <c>nearest</c> statement that states <paramref name="service"/>, else of the place's name.</summary>
        public TextSpan NearestSpan(Place place, ServiceKind service) =>
            place.Nearest.FirstOrDefault(distance => distance.Service == service) is { } stated
                ? Plan.Map.NameSpan(stated, NameSpan(place))
                : NameSpan(place);

        /// <summary>The span of a subsidy fact's statement (<c>turnover 3 200 000 kr</c>), else of the subsidy's kind.</summary>
        public TextSpan FactSpan(SubsidyApplication application, string fact)
        {
            if (Plan.Map.Find(application) is DeclarationSyntax declaration)
            {
                var statement = declaration.Body.OfType<FactStatementSyntax>().FirstOrDefault(candidate => candidate.Fact.Name.Text == fact);
                if (statement is not null)
                {
                    return statement.Span;
                }

                var clause = declaration.Clauses.FirstOrDefault(candidate => candidate.Keyword.Text == fact);
                if (clause is not null)
                {
                    return clause.Span;
                }

                return declaration.Name.Span;
            }

            return NameSpan(application);
        }

        /// <summary>The span from the first to the last of <paramref name="elements"/>, else the name of <paramref name="fallback"/>.</summary>
        public TextSpan ListSpan(IReadOnlyList<object> elements, object fallback)
        {
            var first = elements.Count == 0 ? null : Plan.Map.Find(elements[0]);
            var last = elements.Count == 0 ? null : Plan.Map.Find(elements[elements.Count - 1]);
            return first is null || last is null ? NameSpan(fallback) : SyntaxNodeSpans.Union(first, last);
        }

        /// <summary>The action that contains a subsidy, cost or funding source.</summary>
        public T? Parent<T>(object element) where T : class => Plan.Map.Parent(element) as T;

        /// <summary>The place an application names, in this plan or another.</summary>
        public Place? PlaceOf(SymbolRef? reference) =>
            reference is null ? null : FindPlan(reference.Plan)?.Elements.Place(reference.Name);

        public Actor? ActorOf(SymbolRef? reference) =>
            reference is null ? null : FindPlan(reference.Plan)?.Elements.Actor(reference.Name);

        public Funder? FunderOf(SymbolRef reference) =>
            FindPlan(reference.Plan)?.Elements.Funder(reference.Name);
    }

    /// <summary>A rule's finding before justified exceptions are applied.</summary>
    internal sealed record Finding(BoundPlan Plan, DiagnosticMessage Message, object Subject, TextSpan Span, ValueList<RelatedLocation> Related);
}
