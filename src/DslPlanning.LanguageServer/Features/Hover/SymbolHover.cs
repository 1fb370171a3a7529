using System.Linq;
using System.Text;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Semantics;
using DslPlanning.LanguageServer.Features.Figures;
using DslPlanning.Model;

namespace DslPlanning.LanguageServer.Features.Hover
{
    /// <summary>
    /// A plan's element, a plan or a rule as a hover shows it, in the server's language: its kind and name, title and description, and the facts a
    /// planner looks for (a funder's commitments per year against its budget, an action's funding per year, a place's
    /// level and services); a rule's title with its docs page.
    /// </summary>
    internal static class SymbolHover
    {
        public static string? Describe(PlanCompilation compilation, SymbolKey symbol, PlanLanguage language = PlanLanguage.English) => symbol switch
        {
            RuleKey rule => Rule(rule, language),
            PlanKey key when compilation.FindPlan(key.Name) is { } plan => Plan(plan.Model, language),
            ElementKey key when compilation.FindPlan(key.Plan) is { } plan => Element(compilation, plan, key, language),
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

        private static string Plan(ServicePlan plan, PlanLanguage language)
        {
            var text = Heading(PlanNoun(plan.Kind).In(language), plan.Name, plan.Title, plan.Description);
            Fact(text, Phrase.Of("owner", "ansvarig"), plan.Owner?.Name, language);
            Fact(text, Phrase.Of("period", "giltighetstid"), plan.Period?.ToString(), language);
            Fact(text, Phrase.Of("follows", "följer"), plan.Follows.Count == 0 ? null : string.Join(", ", plan.Follows), language);
            return text.ToString();
        }

        /// <summary>A kind of plan before its name in a heading: "municipal plan" / "kommunal serviceplan", as the documents call them.</summary>
        private static Phrase PlanNoun(PlanKind kind) => Phrase.Of(Vocabularies.PlanKinds.WordFor(kind) + " plan", kind switch
        {
            PlanKind.National => "nationellt program",
            PlanKind.Regional => "regionalt serviceprogram",
            PlanKind.Annual => "handlingsplan",
            _ => "kommunal serviceplan",
        });

        private static string? Element(PlanCompilation compilation, BoundPlan plan, ElementKey key, PlanLanguage language)
        {
            var elements = plan.Elements;
            var label = KindNouns.Noun(key.Kind).In(language);
            switch (key.Kind)
            {
                case SymbolKind.Actor when elements.Actor(key.Name) is { } actor:
                    return Heading(label, actor.Name, actor.Title, actor.Description).ToString();
                case SymbolKind.Funder when elements.Funder(key.Name) is { } funder:
                    return Funder(compilation, plan, funder, language);
                case SymbolKind.Place when elements.Place(key.Name) is { } place:
                    var text = Heading(label, place.Name, place.Title, place.Description);
                    Fact(text, Phrase.Of("level", "servicenivå"), place.Level, language);
                    Fact(text, Phrase.Of("services", "tjänster"), place.Services.Count == 0 ? null : string.Join(", ", place.Services.Select(Vocabularies.Services.WordFor)), language);
                    return text.ToString();
                case SymbolKind.Level when plan.Model.Levels.FirstOrDefault(level => level.Key == key.Name) is { } level:
                    return Heading(label, level.Key, level.Title, level.Description).ToString();
                case SymbolKind.Area when elements.Area(key.Name) is { } area:
                    var areaText = Heading(label, area.Name, area.Title, area.Description);
                    Fact(areaText, Phrase.Of("priority", "prioritet"), area.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture), language);
                    return areaText.ToString();
                case SymbolKind.Goal when elements.Goal(key.Name) is { } goal:
                    var goalText = Heading(goal.Kind is { } kind ? GoalNoun(kind).In(language) : label, goal.Name, goal.Title, goal.Description);
                    Fact(goalText, Phrase.Of("indicator", "indikator"), goal.Indicator, language);
                    return goalText.ToString();
                case SymbolKind.Action when plan.Model.AllActions.FirstOrDefault(action => action.Name == key.Name) is { } action:
                    return Action(plan, action, language);
                default:
                    return null;
            }
        }

        /// <summary>"output goal" / "insatsmål", "result goal" / "resultatmål", "effect goal" / "effektmål" (docs/language.md, the glossary).</summary>
        private static Phrase GoalNoun(GoalKind kind) => Phrase.Of(Vocabularies.GoalKinds.WordFor(kind) + " goal", kind switch
        {
            GoalKind.Output => "insatsmål",
            GoalKind.Result => "resultatmål",
            _ => "effektmål",
        });

        private static string Funder(PlanCompilation compilation, BoundPlan plan, Funder funder, PlanLanguage language)
        {
            var text = Heading(KindNouns.Noun(SymbolKind.Funder).In(language), funder.Name, funder.Title, funder.Description);
            var years = compilation.FundingOf(new SymbolRef(plan.Name, funder.Name));
            if (years.Count == 0)
            {
                return text.Append("\n\n").Append(Phrase.Of(
                    "No action commits an amount of it that can be computed.",
                    "Ingen åtgärd har ett åtagande från finansiären med ett belopp som går att räkna ut.").In(language)).ToString();
            }

            text.Append("\n\n").Append(Phrase.Of("| year | committed | budget | |", "| år | åtagande | budget | |").In(language)).Append("\n| --- | --- | --- | --- |\n");
            foreach (var year in years)
            {
                var budget = year.Budget is { } amount ? MessageText.Amount(amount) : Phrase.Of("none", "ingen");
                var over = year.OverBudget is { } excess ? Phrase.Of("**over by ", "**överskriden med ") + MessageText.Amount(excess) + "**" : Phrase.Empty;
                text.Append($"| {year.Year} | {MessageText.Amount(year.Committed).In(language)} | {budget.In(language)} | {over.In(language)} |\n");
            }

            return text.ToString();
        }

        private static string Action(BoundPlan plan, PlanAction action, PlanLanguage language)
        {
            var text = Heading(KindNouns.Noun(SymbolKind.Action).In(language), action.Name, action.Title, action.Description);
            Fact(text, Phrase.Of("owner", "ansvarig"), action.Owners.Count == 0 ? null : string.Join(", ", action.Owners.Select(owner => owner.Name)), language);
            Fact(text, Phrase.Of("period", "genomförandeperiod"), action.Period?.ToString(), language);
            Fact(text, Phrase.Of("status", "status"), Status(action.Status).In(language), language);
            foreach (var (source, perYear, years) in PlanFigures.Funding(action, plan.Model))
            {
                var funding = source.Funder.Name + ": " + MessageText.Amount(perYear) + " " + MessageText.Per(new[] { CostUnit.Year }) + Phrase.Of(" in ", " under ") + years.ToString();
                Fact(text, Phrase.Of("funding", "finansiering"), funding.In(language), language);
            }

            return text.ToString();
        }

        /// <summary>An action's status: the keyword in English, the word in Swedish ("ongoing" / "pågående").</summary>
        private static Phrase Status(ActionStatus status) => Phrase.Of(Vocabularies.ActionStatuses.WordFor(status), status switch
        {
            ActionStatus.Planned => "planerad",
            ActionStatus.Proposed => "föreslagen",
            ActionStatus.Ongoing => "pågående",
            ActionStatus.Completed => "genomförd",
            ActionStatus.Cancelled => "avbruten",
            _ => "exempel",
        });

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

        private static void Fact(StringBuilder text, Phrase label, string? value, PlanLanguage language)
        {
            if (value is not null)
            {
                text.Append($"\n\n{label.In(language)}: {value}");
            }
        }
    }
}
