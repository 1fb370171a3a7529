using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Language.Blocks;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    /// <summary>
    /// Turns one plan's syntax into the runtime model: resolves every reference (also into other plans of the
    /// compilation), checks types and units, and reports what is wrong at the exact span. Split by concern over
    /// the partial files of this class.
    /// </summary>
    internal sealed partial class PlanBinder
    {
        private readonly CompilationScope _scope;
        private readonly PlanSyntax _plan;
        private readonly SourceText _source;
        private readonly PlanOutline _outline;
        private readonly ICollection<Diagnostic> _diagnostics;
        private readonly SyntaxMap _map;

        public PlanBinder(CompilationScope scope, PlanSyntax plan, SourceText source, PlanOutline outline, ICollection<Diagnostic> diagnostics, SyntaxMap map)
        {
            _scope = scope;
            _plan = plan;
            _source = source;
            _outline = outline;
            _diagnostics = diagnostics;
            _map = map;
        }

        private string PlanName => _plan.Name.Text;

        public ServicePlan Bind()
        {
            var kind = Word(_plan.Keyword, Vocabularies.PlanKinds) ?? PlanKind.Municipal;
            var block = new PlanBlock(this, new ServicePlan { Name = PlanName, Kind = kind, Title = _plan.Title?.Value });
            BindStatements(PlanStatements.Table, block, _plan.Body, new Once(this, Phrase.Of("plan ", "planen ") + PlanName));
            var bound = block.Build();
            foreach (var child in bound.Areas.Cast<object>().Concat(bound.Goals).Concat(bound.Actions).Concat(bound.Places).Concat(bound.Exceptions))
            {
                _map.AddParent(child, bound);
            }

            return _map.Add(bound, _plan);
        }

        private ReportingDuty BindReport(ReportSyntax report)
        {
            var to = Resolve(report.To, SymbolKind.Actor);
            var title = to is null ? null : OutlineOf(to.Plan)?.Find(SymbolKind.Actor, to.Name)?.Title;
            var interval = report.Frequency is null ? (int?)null : Interval(report.Interval);
            return new ReportingDuty(to, title ?? report.To.Start.Text, interval, report.By is null ? null : DayOfYear(report.By), report.From is null ? null : Year(report.From));
        }

        /// <summary>Years between reviews: 1 for <c>yearly</c>, n for <c>every n years</c>.</summary>
        private int? Interval(QuantitySyntax? interval)
        {
            if (interval is null)
            {
                return 1;
            }

            if (interval.Unit is not (null or "years") || !interval.IsWholeNumber || interval.Value < 1 || interval.Value > 100)
            {
                Mismatch(interval, Phrase.Of("a whole number of years from 1 to 100", "ett helt antal år från 1 till 100"), "every 2 years");
                return null;
            }

            return (int)interval.Value;
        }

        private void Report(TextSpan span, DiagnosticMessage message) =>
            _diagnostics.Add(Diagnostic.Create(message, _source.GetLocation(span)));

        private int Line(TextSpan span) => _source.GetLinePosition(span.Start).Line + 1;

        private static void AddIfBound<T>(List<T> list, T? item) where T : class
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        /// <summary>Reports statements that may be given once per block when they are given again.</summary>
        internal sealed class Once
        {
            private readonly PlanBinder _binder;
            private readonly Phrase _where;
            private readonly Dictionary<string, TextSpan> _seen = new();

            /// <param name="where">The block, as the message names it: "plan Krokom" / "planen Krokom".</param>
            public Once(PlanBinder binder, Phrase where)
            {
                _binder = binder;
                _where = where;
            }

            /// <summary>True for the first statement with this keyword; reports and returns false for a later one.</summary>
            public bool First(NameSyntax keyword)
            {
                if (_seen.TryGetValue(keyword.Text, out var first))
                {
                    _binder.Report(keyword.Span, Diagnose.DuplicateStatement(keyword.Text, _where, _binder.Line(first)));
                    return false;
                }

                _seen.Add(keyword.Text, keyword.Span);
                return true;
            }
        }
    }
}
