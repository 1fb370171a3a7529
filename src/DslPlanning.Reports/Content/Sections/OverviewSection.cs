using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>Översikt: what the plan is, who owns it, when it holds and is reviewed, and which plans it follows.</summary>
    internal static class OverviewSection
    {
        public const string Id = "overview";

        public static Section Build(ReportContext context, ServicePlan plan)
        {
            var lookup = context.Lookup;
            var items = new List<KeyValue>();
            void Add(string key, string label, Cell value)
            {
                if (!value.IsEmpty)
                {
                    items.Add(new KeyValue(key, label, value));
                }
            }

            Add("title", Labels.Plan, Cell.Of(plan.Title ?? plan.Name));
            Add("kind", Labels.Kind, Cell.Of(SwedishTerms.Of(plan.Kind)));
            Add("name", Labels.Name, Cell.Of(plan.Name));
            Add("owner", Labels.Owner, Cell.Of(plan.Owner is { } owner ? lookup.ActorName(owner) : null));
            Add("period", Labels.Period, Cell.Of(plan.Period));
            Add("extendedTo", Labels.ExtendedTo, plan.ExtendedTo is { } extendedTo ? Cell.Year(extendedTo) : Cell.Empty);
            Add("inForce", Labels.InForce, Cell.Of(plan.InForce));
            Add("actionPlan", Labels.ActionPlan, Cell.Of(plan.ActionPlanYears));
            Add("review", Labels.Review, Cell.Of(plan.ReviewIntervalYears is { } interval ? SwedishTerms.Interval(interval) : null));
            Add("revision", Labels.Revision, plan.RevisionStart is { } revision
                ? new Cell(CellKind.Year, "inleds " + revision.ToString(CultureInfo.InvariantCulture), revision)
                : Cell.Empty);
            Add("adopted", Labels.Adopted, Cell.Of(plan.Adopted));
            Add("adoptedBy", Labels.AdoptedBy, Cell.Of(plan.AdoptedBy is { } body ? lookup.ActorName(body) : null));
            Add("minuteParagraph", Labels.MinuteParagraph, Cell.Of(plan.MinuteParagraph));
            Add("diaryNumber", Labels.DiaryNumber, Cell.Of(plan.DiaryNumber));
            Add("preparedBy", Labels.PreparedBy, Cell.Of(Phrases.Actors(plan.PreparedBy, lookup)));
            Add("revisionOwner", Labels.RevisionOwner, Cell.Of(Phrases.Actors(plan.RevisionOwners, lookup)));
            Add("follows", Labels.Follows, Cell.Of(string.Join("; ", plan.Follows.Select(lookup.PlanTitle))));
            var followers = context.FollowersOf(plan).OrderBy(name => name, System.StringComparer.Ordinal);
            Add("followedBy", Labels.FollowedBy, Cell.Of(string.Join("; ", followers.Select(lookup.PlanTitle))));
            Add("reporting", Labels.Reporting, Cell.Of(string.Join("; ", plan.Reporting.Select(duty => Reporting(duty, lookup)))));
            Add("source", Labels.Source, Cell.Of(plan.Source));
            Add("excerpt", Labels.Excerpt, Cell.Of(plan.Excerpt));
            Add("aim", Labels.Aim, Cell.Of(plan.Aim));
            Add("purpose", Labels.Purpose, Cell.Of(plan.Purpose));
            Add("scope", Labels.Scope, Cell.Of(plan.Scope));
            Add("description", Labels.Description, Cell.Of(plan.Description));
            Add("indicators", Labels.Indicators, Cell.Of(string.Join("; ", plan.Indicators)));

            var blocks = new List<Block> { new KeyValueList(items) };
            if (plan.Notes.Count > 0)
            {
                blocks.Add(new BulletList(Labels.Notes, plan.Notes));
            }

            return new Section(Id, Labels.Overview, blocks.ToArray());
        }

        /// <summary>E.g. <c>till Tillväxtverket, årligen, senast 31 januari, från 2015</c>.</summary>
        private static string Reporting(ReportingDuty duty, PlanLookup lookup)
        {
            var parts = new List<string> { "till " + (duty.To is { } to ? lookup.ActorName(to) : duty.ToText ?? "?") };
            if (duty.IntervalYears is { } interval)
            {
                parts.Add(SwedishTerms.Interval(interval));
            }

            if (duty.Deadline is { } deadline)
            {
                parts.Add("senast " + SwedishFormat.DayOfYear(deadline));
            }

            if (duty.FromYear is { } from)
            {
                parts.Add("från " + from.ToString(CultureInfo.InvariantCulture));
            }

            return string.Join(", ", parts);
        }
    }
}
