using DslPlanning.Language.Diagnostics;
using DslPlanning.Model;
using static DslPlanning.Language.Semantics.Binding.PlanBinder;

namespace DslPlanning.Language.Blocks
{
    /// <summary>The statements of a place: <c>place Name "title" level 3 { … }</c>.</summary>
    internal sealed class PlaceStatements : StatementTable<PlaceBlock>
    {
        public static readonly BlockTable<PlaceBlock> Table = new("place", Phrase.Of("a place", "en ort"), new[]
        {
            Statement("services", Shape.Names("<service>, …", "services (e.g. groceries, fuel)"), Occurs.Many, (place, services) => place.Services(services),
                "services present at the place", "services groceries, fuel, post, pharmacy"),
            Statement("needs", Shape.Names("<service>, …", "services (e.g. pharmacy)"), Occurs.Many, (place, needs) => place.Needs(needs),
                "services missing or wanted (the gaps the document names)", "needs payments"),
            Statement("store", Shape.Facts("[\"name\"] <fact>, …", title: true), Occurs.Many, (place, store) => place.Store(store),
                "a store and its facts: `turnover <money>`, `articles <count>`, `open <h/week>`, `year-round` or `seasonal`", "store \"Kluk Lanthandel\" turnover 3 200 000 kr, articles 1 400, open 45 h/week, year-round"),
            Statement("nearest", Shape.Facts("<service> <distance>, …", title: false), Occurs.Many, (place, nearest) => place.Nearest(nearest),
                "distance to the nearest other place with that service", "nearest groceries 28 km, fuel 12 km"),
            Statement("island", Shape.Flag, Occurs.Once, (place, island) => place.Island(island),
                "on an island without a fixed land connection", "island"),
            Statement("status", Shape.Names("existing | planned | closed", "existing, planned or closed"), Occurs.Once, (place, status) => place.Status(status),
                "default `existing`; `planned` for a place to be developed, `closed` where service was lost", "status planned"),
            Statement("municipality", Shape.Text, Occurs.Once, (place, municipality) => place.Municipality(municipality),
                "the municipality, in regional plans", "municipality \"Krokoms kommun\""),
            Statement("description", Shape.Text, Occurs.Once, (place, description) => place.Description(description),
                "a description of the place", "description \"…\""),
            Statement("exception", Shape.Exception, Occurs.Many, (place, exception) => place.Exception(exception),
                "a justified exception for the place and the subsidy applications for it", "exception SP2005 \"Orten utreds som ny servicepunkt\""),
            Statement("note", Shape.Text, Occurs.Many, (place, note) => place.Note(note),
                "a remark that reports show", "note \"…\""),
        });

        private PlaceStatements()
        {
        }
    }
}
