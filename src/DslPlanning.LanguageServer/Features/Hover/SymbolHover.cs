using System.Linq;
using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.LanguageServer.Features.Figures;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>
    /// A plan's element, a plan or a rule as a hover shows it: its kind and name, title and description, and the facts a
    /// planner looks for (a funder's commitments per year against its budget, an action's funding per year, a place's
    /// level and services); a rule's title with its docs page.
    /// </summary>
    internal static class SymbolHover
    {
        public static string? Describe(PlanCompilation compilation, SymbolKey symbol, PlanLanguage language = PlanLanguage.English) => symbol switch
        {
            RuleKey rule => Rule(rule, language),
            PlanKey key when compilation.FindPlan(key.Name) is { } plan => Plan(plan.Model),
            ElementKey key when compilation.FindPlan(key.Plan) is { } plan => Element(compilation, plan, key),
            _ => null,
        };

        /// <summary>A rule's title, category, severity and docs page, in the server's language as its diagnostics.</summary>
        private static string? Rule(RuleKey rule, PlanLanguage language) => DiagnosticCatalog.Find(rule.Id) is not { } descriptor
            ? null
            : language == PlanLanguage.Swedish
                ? $"**regel {descriptor.Id}**: {descriptor.TextIn(language).Title}\n\n{SwedishCategory(descriptor.Category)}, {SwedishSeverity(descriptor.DefaultSeverity)} som standard. [Vad den kontrollerar och hur det rättas]({descriptor.HelpLinkIn(language)})"
                : $"**rule {descriptor.Id}**: {descriptor.Title}\n\n{descriptor.Category}, {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} by default. [What it checks and how to fix it]({descriptor.HelpLink})";

        private static string SwedishCategory(string category) => category switch
        {
            "Syntax" => "Syntax",
            "Structure" => "Struktur",
            "Priority" => "Prioritering",
            "Funding" => "Finansiering",
            "Subsidy" => "Stöd",
            "FollowUp" => "Uppföljning",
            "Internal" => "Internt",
            _ => category,
        };

        private static string SwedishSeverity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "fel",
            DiagnosticSeverity.Warning => "varning",
            DiagnosticSeverity.Info => "information",
            _ => "dold",
        };

        private static string Plan(ServicePlan plan)
        {
            var text = Heading(Vocabularies.PlanKinds.WordFor(plan.Kind) + " plan", plan.Name, plan.Title, plan.Description);
            Fact(text, "owner", plan.Owner?.Name);
            Fact(text, "period", plan.Period?.ToString());
            Fact(text, "follows", plan.Follows.Count == 0 ? null : string.Join(", ", plan.Follows));
            return text.ToString();
        }

        private static string? Element(PlanCompilation compilation, BoundPlan plan, ElementKey key)
        {
            var elements = plan.Elements;
            var label = Symbol.Describe(key.Kind);
            switch (key.Kind)
            {
                case SymbolKind.Actor when elements.Actor(key.Name) is { } actor:
                    return Heading(label, actor.Name, actor.Title, actor.Description).ToString();
                case SymbolKind.Funder when elements.Funder(key.Name) is { } funder:
                    return Funder(compilation, plan, funder);
                case SymbolKind.Place when elements.Place(key.Name) is { } place:
                    var text = Heading(label, place.Name, place.Title, place.Description);
                    Fact(text, "level", place.Level);
                    Fact(text, "services", place.Services.Count == 0 ? null : string.Join(", ", place.Services.Select(Vocabularies.Services.WordFor)));
                    return text.ToString();
                case SymbolKind.Level when plan.Model.Levels.FirstOrDefault(level => level.Key == key.Name) is { } level:
                    return Heading(label, level.Key, level.Title, level.Description).ToString();
                case SymbolKind.Area when elements.Area(key.Name) is { } area:
                    var areaText = Heading(label, area.Name, area.Title, area.Description);
                    Fact(areaText, "priority", area.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return areaText.ToString();
                case SymbolKind.Goal when elements.Goal(key.Name) is { } goal:
                    var goalText = Heading(goal.Kind is { } kind ? Vocabularies.GoalKinds.WordFor(kind) + " goal" : label, goal.Name, goal.Title, goal.Description);
                    Fact(goalText, "indicator", goal.Indicator);
                    return goalText.ToString();
                case SymbolKind.Action when plan.Model.AllActions.FirstOrDefault(action => action.Name == key.Name) is { } action:
                    return Action(plan, action);
                default:
                    return null;
            }
        }

        private static string Funder(PlanCompilation compilation, BoundPlan plan, Funder funder)
        {
            var text = Heading("funder", funder.Name, funder.Title, funder.Description);
            var years = compilation.FundingOf(new SymbolRef(plan.Name, funder.Name));
            if (years.Count == 0)
            {
                return text.Append("\n\nNo action commits an amount of it that can be computed.").ToString();
            }

            text.Append("\n\n| year | committed | budget | |\n| --- | --- | --- | --- |\n");
            foreach (var year in years)
            {
                var budget = year.Budget is { } amount ? MessageText.Amount(amount) : "none";
                var over = year.OverBudget is { } excess ? "**over by " + MessageText.Amount(excess) + "**" : string.Empty;
                text.Append($"| {year.Year} | {MessageText.Amount(year.Committed)} | {budget} | {over} |\n");
            }

            return text.ToString();
        }

        private static string Action(BoundPlan plan, PlanAction action)
        {
            var text = Heading("action", action.Name, action.Title, action.Description);
            Fact(text, "owner", action.Owners.Count == 0 ? null : string.Join(", ", action.Owners.Select(owner => owner.Name)));
            Fact(text, "period", action.Period?.ToString());
            Fact(text, "status", Vocabularies.ActionStatuses.WordFor(action.Status));
            foreach (var (source, perYear, years) in PlanFigures.Funding(action, plan.Model))
            {
                Fact(text, "funding", $"{source.Funder.Name}: {MessageText.Amount(perYear)} per year in {years}");
            }

            return text.ToString();
        }

        private static StringBuilder Heading(string kind, string name, string? title, string? description)
        {
            var text = new StringBuilder($"**{kind}** `{name}`");
            if (title is not null)
            {
                text.Append(" — ").Append(title);
            }

            if (description is not null)
            {
                text.Append("\n\n").Append(description);
            }

            return text;
        }

        private static void Fact(StringBuilder text, string label, string? value)
        {
            if (value is not null)
            {
                text.Append($"\n\n{label}: {value}");
            }
        }
    }
}
