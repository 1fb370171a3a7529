using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of an action or activity: <c>action Name "title" priority high serves … { … }</c>.</summary>
    internal sealed class ActionStatements : StatementTable<ActionBlock>
    {
        public static readonly BlockTable<ActionBlock> Table = new("action", Phrase.Of("an action", "en åtgärd"), new[]
        {
            Statement("description", Shape.Text, Occurs.Once, (action, description) => action.Description(description),
                "a description of the action", "description \"…\""),
            Statement("owner", Shape.Names("<actor>, …", "who is responsible"), Occurs.Many, (action, owner) => action.Owner(owner),
                "responsible (ansvarig utförare)", "owner Näringslivskontoret"),
            Statement("period", Shape.Value("<year or range>", "a year or year range (e.g. 2023..2030)"), Occurs.Once, (action, period) => action.Period(period),
                "when the action runs", "period 2023..2030"),
            Statement("due", Shape.Value("<date>", "a date (e.g. 2025-04-30)"), Occurs.Once, (action, due) => action.Due(due),
                "the day the action is to be done (klart)", "due 2025-04-30"),
            Statement("consults", Shape.Names("<actor>, …", "the actors consulted"), Occurs.Many, (action, consults) => action.Consults(consults),
                "actors consulted, not responsible (i samråd med)", "consults Trafikverket"),
            Statement("partners", Shape.Names("<actor>, …", "the partners"), Occurs.Many, (action, partners) => action.Partners(partners),
                "actors taking part, not responsible (samverkanspartner)", "partners Länsstyrelsen, Företagarna"),
            Statement("co-financiers", Shape.Names("<funder>, …", "the co-financiers"), Occurs.Many, (action, coFinanciers) => action.CoFinanciers(coFinanciers),
                "funders named as co-financiers, without a share or amount (medfinansiärer); `funding` states what a funder pays", "co-financiers RegionJH"),
            Statement("status", Shape.Names("planned | proposed | ongoing | completed | cancelled | example", "planned, proposed, ongoing, completed, cancelled or example"), Occurs.Once, (action, status) => action.Status(status),
                "default `planned`; `example` for an example of what could be done (exempel på åtgärder), listed apart and not counted as planned", "status example"),
            Statement("priority", Shape.Value("<word>", "a priority (e.g. high)"), Occurs.Once, (action, priority) => action.Priority(priority),
                "a word of the plan's priority scale, or a number (also in the header)", "priority high"),
            Statement("serves", Shape.Names("<goal>, …", "the goals it serves"), Occurs.Once, (action, serves) => action.Serves(serves),
                "the goals the action serves, also another plan's, and ranges (also in the header)", "serves G2.1, JämtlandRSP.IO2"),
            Statement("completion", Shape.Measure("[<comparison>] <percent>"), Occurs.Once, (action, completion) => action.Completion(completion),
                "target completion (delmål): how much of the action is to be done, 100 % for all of it", "completion > 50 %"),
            Statement("milestone", Shape.Text, Occurs.Once, (action, milestone) => action.Milestone(milestone),
                "target in words (delmål): what is to be done", "milestone \"Kartläggning av butiksorternas behov klar\""),
            Statement("progress", Shape.Measure("<percent> in <year> [\"note\"]"), Occurs.Many, (action, progress) => action.Progress(progress),
                "recorded completion", "progress 50 % in 2018 \"halvvägs\""),
            Statement("cost", Shape.Cost, Occurs.Many, (action, cost) => action.Cost(cost),
                "a cost, see below", "cost 200 kr per delivery, 600 deliveries per year"),
            Statement("funding", Shape.Funding, Occurs.Many, (action, funding) => action.Funding(funding),
                "funding sources with shares or amounts", "funding Kommunstyrelsen 50 %, RegionJH 50 %"),
            Statement("places", Shape.Names("<place>, …", "the places it concerns"), Occurs.Many, (action, places) => action.Places(places),
                "the places the action concerns", "places Kluk, Laxsjö"),
            Statement("subsidy", Shape.SubsidyDeclaration, Occurs.Many, (action, subsidy) => action.Subsidy(subsidy),
                "a subsidy application, see [Subsidies](#subsidies)", "subsidy home-delivery-grant in 2024 { net-cost 120 000 kr }"),
            Statement("exception", Shape.Exception, Occurs.Many, (action, exception) => action.Exception(exception),
                "a justified exception (särskilda skäl) suppressing exactly that rule for this action, see [Justified exceptions](#justified-exceptions)", "exception SP3003 \"särskilda skäl: kostnaden delas med grannkommunen\""),
            Statement("note", Shape.Text, Occurs.Many, (action, note) => action.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private ActionStatements()
        {
        }
    }
}
