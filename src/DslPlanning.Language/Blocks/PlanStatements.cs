using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a plan: <c>municipal plan Name "title" { … }</c>.</summary>
    internal sealed class PlanStatements : StatementTable<PlanBlock>
    {
        public static readonly BlockTable<PlanBlock> Table = new("plan", Phrase.Of("a plan", "en plan"), new[]
        {
            Statement("owner", Shape.Names("<actor>", "the owning actor"), Occurs.Once, (plan, owner) => plan.Owner(owner),
                "the organisation that owns the plan", "owner KrokomsKommun"),
            Statement("period", Shape.Value("<year or range>", "a year or year range (e.g. 2023..2030)"), Occurs.Once, (plan, period) => plan.Period(period),
                "validity / implementation period", "period 2023..2030"),
            Statement("in-force", Shape.Value("<date>", "a date (e.g. 2025-07-01)"), Occurs.Once, (plan, inForce) => plan.InForce(inForce),
                "the day the plan enters into force (gäller från), also when its end is not yet decided", "in-force 2025-07-01"),
            Statement("extended-to", Shape.Value("<year>", "the last year of the extended period"), Occurs.Once, (plan, extendedTo) => plan.ExtendedTo(extendedTo),
                "the period extended by decision to that year (förlängning till)", "extended-to 2024"),
            Statement("action-plan", Shape.Value("<year or range>", "the years of the action plan (e.g. 2020..2022)"), Occurs.Once, (plan, actionPlan) => plan.ActionPlan(actionPlan),
                "the years of the plan's action plan (handlingsplan), which its actions belong to, within the period", "action-plan 2020..2022"),
            Statement("review", Shape.Review, Occurs.Once, (plan, review) => plan.Review(review),
                "how often the plan is reviewed", "review yearly"),
            Statement("revision", Shape.Value("<year>", "the year revision starts"), Occurs.Once, (plan, revision) => plan.Revision(revision),
                "the year revision of the plan starts", "revision 2028"),
            Statement("report", Shape.Report, Occurs.Many, (plan, report) => plan.Report(report),
                "a follow-up reporting duty", "report to Tillväxtverket yearly by 01-31 from 2015"),
            Statement("adopted", Shape.Value("<date>", "a date (e.g. 2023-03-01)"), Occurs.Once, (plan, adopted) => plan.Adopted(adopted),
                "date of decision", "adopted 2012-01-12"),
            Statement("adopted-by", Shape.Names("<actor>", "the body that adopted the plan"), Occurs.Once, (plan, adoptedBy) => plan.AdoptedBy(adoptedBy),
                "the body that adopted the plan (kommunfullmäktige, regionfullmäktige …)", "adopted-by Kommunfullmäktige"),
            Statement("paragraph", Shape.Text, Occurs.Once, (plan, paragraph) => plan.Paragraph(paragraph),
                "the paragraph of the minutes with the decision", "paragraph \"§ 45\""),
            Statement("diary-number", Shape.Text, Occurs.Once, (plan, diaryNumber) => plan.DiaryNumber(diaryNumber),
                "the diary number of the decision (diarienummer)", "diary-number \"KS 2025/41\""),
            Statement("prepared-by", Shape.Names("<actor>, …", "who prepared the plan"), Occurs.Many, (plan, preparedBy) => plan.PreparedBy(preparedBy),
                "who prepared the plan (framtagen av)", "prepared-by Näringslivskontoret"),
            Statement("revision-owner", Shape.Names("<actor>, …", "who is responsible for revision"), Occurs.Many, (plan, revisionOwner) => plan.RevisionOwner(revisionOwner),
                "who is responsible for revising the plan (för revidering ansvarar)", "revision-owner Näringslivskontoret"),
            Statement("follows", Shape.Names("<plan>, …", "the plans it follows"), Occurs.Many, (plan, follows) => plan.Follows(follows),
                "plans this plan is synchronised with / implements", "follows VästerbottenRSP"),
            Statement("source", Shape.Text, Occurs.Once, (plan, source) => plan.Source(source),
                "the document the plan is written from", "source \"Tillväxtverket rapport 0196\""),
            Statement("aim", Shape.Text, Occurs.Once, (plan, aim) => plan.Aim(aim),
                "overarching goal (övergripande mål)", "aim \"God tillgång till kommersiell service i hela kommunen\""),
            Statement("purpose", Shape.Text, Occurs.Once, (plan, purpose) => plan.Purpose(purpose),
                "purpose (syfte)", "purpose \"Peka ut prioriterade orter och insatser\""),
            Statement("scope", Shape.Text, Occurs.Once, (plan, scope) => plan.Scope(scope),
                "scope and limits (avgränsningar)", "scope \"Dagligvaror, drivmedel och grundläggande betaltjänster\""),
            Statement("indicator", Shape.Indicator, Occurs.Many, (plan, indicator) => plan.Indicator(indicator),
                "an indicator for the whole plan (a text; baselines and targets belong to goals)", "indicator \"antal orter med dagligvarubutik\""),
            Statement("excerpt", Shape.Text, Occurs.Once, (plan, excerpt) => plan.Excerpt(excerpt),
                "marks the plan as a partial transcription, saying what it covers", "excerpt \"Avsnitt 4: Insatsområden\""),
            Statement("description", Shape.Text, Occurs.Once, (plan, description) => plan.Description(description),
                "a description of the plan", "description \"…\""),
            Statement("note", Shape.Text, Occurs.Many, (plan, note) => plan.Note(note),
                "a remark that reports show", "note \"…\""),
            Statement("priorities", Shape.Names("<word>, …", "the priority scale, highest first (e.g. high, medium, low)"), Occurs.Once, (plan, priorities) => plan.Priorities(priorities),
                "the priority scale of actions, highest first (default `high, medium, low`)", "priorities high, medium, low"),
            Statement("level", Shape.LevelDeclaration, Occurs.Many, (plan, level) => plan.Level(level),
                "a service level, see [Levels](#levels)", "level 1 \"Centralort\""),
            Statement("actor", Shape.ActorDeclaration, Occurs.Many, (plan, actor) => plan.Actor(actor),
                "an actor, see [Actors and funders](#actors-and-funders)", "actor Näringslivskontoret municipality"),
            Statement("funder", Shape.FunderDeclaration, Occurs.Many, (plan, funder) => plan.Funder(funder),
                "a funder, see [Actors and funders](#actors-and-funders)", "funder RegionJH \"Region Jämtland Härjedalen\" region"),
            Statement("place", Shape.PlaceDeclaration, Occurs.Many, (plan, place) => plan.Place(place),
                "a place, see [Places](#places)", "place Kluk level 3 { services groceries, fuel }"),
            Statement("area", Shape.AreaDeclaration, Occurs.Many, (plan, area) => plan.Area(area),
                "a priority area, see [Priority areas](#priority-areas)", "area IO1 \"Tillgänglighet till service\" priority 1"),
            Statement("goal", Shape.GoalDeclaration, Occurs.Many, (plan, goal) => plan.Goal(goal),
                "a goal outside any area (e.g. a national programme's goals), see [Goals](#goals)", "goal 1.1 \"En tillfredsställande försörjning med dagligvaror\""),
            Statement("action", Shape.ActionDeclaration, Occurs.Many, (plan, action) => plan.Action(action),
                "an action outside any area, see [Actions](#actions)", "action Samordning \"Samordning av service\""),
            Statement("scheme", Shape.SchemeDeclaration, Occurs.Many, (plan, scheme) => plan.Scheme(scheme),
                "the terms of a state subsidy as the plan states them, see [Subsidy schemes](#subsidy-schemes)", "scheme service-grant \"Servicebidrag\""),
            Statement("exception", Shape.Exception, Occurs.Many, (plan, exception) => plan.Exception(exception),
                "a justified exception for the whole plan, see [Justified exceptions](#justified-exceptions)", "exception SP5010 \"Planen ses över i samband med budgeten\""),
        });

        private PlanStatements()
        {
        }
    }
}
