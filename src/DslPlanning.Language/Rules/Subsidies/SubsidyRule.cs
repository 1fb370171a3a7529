using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Model.Law;
using DslPlanning.Language.Semantics;
using DslPlanning.Model;

namespace DslPlanning.Language.Rules.Subsidies
{
    /// <summary>What the rules for one kind of subsidy share: finding the applications, and the law figures for their year.</summary>
    public abstract class SubsidyRule : PlanRule
    {
        protected static IEnumerable<SubsidyApplication> Applications(RuleContext context, SubsidyKind kind) =>
            context.Model.AllActions.SelectMany(action => action.Subsidies).Where(application => application.Kind == kind);

        /// <summary>The keyword of the application's kind, as the plan writes it: "operating-aid".</summary>
        protected static string Keyword(SubsidyApplication application) => Vocabularies.SubsidyKinds.WordFor(application.Kind);

        /// <summary>The application's kind in messages: the keyword in English, the documents' name in Swedish ("särskilt driftstöd").</summary>
        protected static Phrase KindWord(SubsidyApplication application) => Phrase.Of(Keyword(application), SubsidyNames.Swedish(application.Kind));

        /// <summary>
        /// The law figures for the application's years, grouped by consecutive years of equal figures. Years without
        /// figures are reported once (SP4003) and left out; years after a table that carries forward are checked against
        /// its last figures, and reported once as information (SP4006); without years (reported by
        /// <see cref="SubsidyYearRule"/>) there are none.
        /// </summary>
        protected static IReadOnlyList<(YearRange Years, T Value)> Terms<T>(RuleContext context, SubsidyApplication application, YearTable<T> table, Phrase checks, YearRange? within = null)
        {
            var result = new List<(YearRange Years, T Value)>();
            if ((within ?? application.Years) is not { } years)
            {
                return result;
            }

            var missing = new List<int>();
            var carried = new List<int>();
            LawFigure<T>? current = null;
            var start = 0;
            foreach (var year in years.Years)
            {
                var figure = table.Applicable(year);
                (figure is null ? missing : table.IsCarriedForward(year) ? carried : null)?.Add(year);
                var same = figure is null ? current is null : current is not null && EqualityComparer<T>.Default.Equals(figure.Value, current.Value);
                if (!same)
                {
                    if (current is not null)
                    {
                        result.Add((new YearRange(start, year - 1), current.Value));
                    }

                    current = figure;
                    start = year;
                }
            }

            if (current is not null)
            {
                result.Add((new YearRange(start, years.End), current.Value));
            }

            if (missing.Count > 0)
            {
                context.Report(application, context.StatementSpan(application, "in"), Diagnose.NoLawFigures(Phrase.Of(table.Name, table.SwedishName), missing, table.Coverage, @unchecked: checks));
            }

            if (carried.Count > 0)
            {
                var last = table.Entries[table.Entries.Count - 1];
                context.Report(application, context.StatementSpan(application, "in"), Diagnose.LawFiguresCarriedForward(Phrase.Of(table.Name, table.SwedishName), carried, last.Years.End, Phrase.Of(last.Source, last.SwedishSource)));
            }

            return result;
        }

        /// <summary>Reports that a fact a condition needs is not stated (SP4004).</summary>
        protected static void Missing(RuleContext context, SubsidyApplication application, Phrase fact, Phrase condition, Phrase example) =>
            context.Report(application, context.NameSpan(application), Diagnose.MissingSubsidyFact(KindWord(application), fact, condition, example));
    }

    /// <summary>Every subsidy application names its year: the law's figures and conditions depend on it.</summary>
    public sealed class SubsidyYearRule : SubsidyRule
    {
        public override IEnumerable<DiagnosticDescriptor> Descriptors => new[] { DiagnosticCatalog.SubsidyWithoutYear };

        public override void Check(RuleContext context)
        {
            foreach (var application in context.Model.AllActions.SelectMany(action => action.Subsidies).Where(application => application.Years is null))
            {
                context.Report(application, context.NameSpan(application), Diagnose.SubsidyWithoutYear(Keyword(application)));
            }
        }
    }
}
