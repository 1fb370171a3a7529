using System.Collections.Generic;
using System.Linq;
using DslPlanning.Model;
using DslPlanning.Reports.Formatting;

namespace DslPlanning.Reports.Content.Sections
{
    /// <summary>Orter och servicenivåer: the service levels, and the places by level with the services present and the gaps.</summary>
    internal static class PlacesSection
    {
        public const string Id = "places";

        public static Section Build(ServicePlan plan)
        {
            var placesAtLevel = plan.Places.Where(place => place.Level is not null)
                .GroupBy(place => place.Level!, System.StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), System.StringComparer.Ordinal);
            var levels = new Table(
                "service-levels",
                Labels.ServiceLevels,
                new[]
                {
                    new Column("level", Labels.Level),
                    new Column("title", Labels.ServiceLevel),
                    new Column("places", Labels.Places, CellKind.Number),
                    new Column("description", Labels.Description),
                },
                plan.Levels.Select(level => new Row(null, new[]
                {
                    Cell.Of(level.Key),
                    Cell.Of(level.Title),
                    Cell.Number(placesAtLevel.TryGetValue(level.Key, out var count) ? count : 0),
                    Cell.Of(level.Description),
                })).ToList(),
                "Planen anger inga servicenivåer.");

            var places = new Table(
                "places",
                Labels.Places,
                new[]
                {
                    new Column("place", Labels.Place),
                    new Column("status", Labels.Status),
                    new Column("services", Labels.ServicesPresent),
                    new Column("missing", Labels.Missing),
                    new Column("store", Labels.Store),
                    new Column("nearest", Labels.Nearest),
                    new Column("municipality", Labels.Municipality),
                    new Column("notes", Labels.Notes),
                },
                ByLevel(plan).Select(entry => new Row(entry.Group, new[]
                {
                    Cell.Of(entry.Place.Title ?? entry.Place.Name),
                    Cell.Of(SwedishTerms.Of(entry.Place.Status) + (entry.Place.Island ? ", ö utan fast landförbindelse" : string.Empty)),
                    Cell.Of(Phrases.Services(entry.Place.Services)),
                    Cell.Of(Phrases.Services(entry.Place.Needs)),
                    Cell.Of(string.Join("; ", entry.Place.Stores.Select(Phrases.Store))),
                    Cell.Of(Phrases.Nearest(entry.Place.Nearest)),
                    Cell.Of(entry.Place.Municipality),
                    Cell.Of(string.Join(" ", new[] { entry.Place.Description }.OfType<string>().Concat(entry.Place.Notes))),
                })).ToList(),
                "Planen anger inga orter.",
                Labels.ServiceLevel);

            return new Section(Id, Labels.PlacesAndLevels, levels, places);
        }

        /// <summary>Places in the order of their levels (as declared), those without a level last.</summary>
        private static IEnumerable<(string Group, Place Place)> ByLevel(ServicePlan plan)
        {
            var order = plan.Levels.Select((level, index) => (level.Key, index)).ToDictionary(entry => entry.Key, entry => entry.index);
            return plan.Places.Select((place, index) => (place, index))
                .OrderBy(entry => entry.place.Level is { } key && order.TryGetValue(key, out var rank) ? rank : int.MaxValue)
                .ThenBy(entry => entry.index)
                .Select(entry => (LevelLabel(plan, order, entry.place.Level), entry.place));
        }

        private static string LevelLabel(ServicePlan plan, Dictionary<string, int> order, string? key)
        {
            if (key is null)
            {
                return Labels.WithoutLevel;
            }

            var title = order.TryGetValue(key, out var index) ? plan.Levels[index].Title : null;
            var numbered = key.All(char.IsDigit);
            return numbered ? Labels.Level + " " + key + (title is null ? string.Empty : ": " + title) : title ?? key;
        }
    }
}
