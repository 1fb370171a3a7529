using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Semantics;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>What binding records of each name it resolves (<see cref="BoundPlan.References"/>).</summary>
    public class RecordedReferenceTests
    {
        private const string Regional = "regional plan R {\n  area IO1\n  goal 3.1\n  goal 3.2\n  goal 3.3\n  funder Anslag\n}\n";

        [Fact]
        public void Every_kind_of_element_is_recorded_at_its_name_with_what_it_resolves_to()
        {
            var text = "municipal plan P {\n  owner Kommunen\n  actor Kommunen\n  funder Region\n  level 1\n  place Kluk level 1\n"
                + "  area A priority 1 {\n    goal G\n    action X serves G {\n      owner Kommunen\n      places Kluk\n      funding Region\n    }\n  }\n"
                + "  action Y serves A\n}\n";
            var plan = Compile.Text(text).Plans.Single();

            Assert.Equal(
                new[]
                {
                    "actor P.Kommunen at Kommunen", "level P.1 at 1", "goal P.G at G", "actor P.Kommunen at Kommunen", "place P.Kluk at Kluk",
                    "funder P.Region at Region", "area P.A at A",
                },
                plan.References.Select(reference => Describe(reference, text)));
            Assert.All(plan.References, reference => Assert.Equal(reference.Span, reference.MemberSpan));
            Assert.All(plan.References, reference => Assert.Null(reference.PlanSpan));
        }

        [Fact]
        public void A_qualified_name_records_its_plan_part_and_its_member_part()
        {
            var text = "municipal plan Åre {\n  follows R\n  area A serves R.IO1\n}\n";
            var reference = Compile.Files(("r.plan", Regional), ("m.plan", text)).FindPlan("Åre")!.References.Single(reference => reference.Symbol is ElementKey);

            Assert.Equal(new ElementKey(SymbolKind.Area, "R", "IO1"), reference.Symbol);
            Assert.Equal("R.IO1", Text(text, reference.Span));
            Assert.Equal("R", Text(text, reference.PlanSpan!.Value));
            Assert.Equal("IO1", Text(text, reference.MemberSpan));
        }

        [Fact]
        public void Parts_of_a_qualified_name_are_found_in_the_text_as_written_when_it_is_not_in_NFC()
        {
            var decomposed = "Ja\u0308mtland";
            var regional = "regional plan J\u00e4mtland {\n  area IO1\n}\n";
            var text = $"municipal plan M {{\n  area A serves {decomposed}.IO1\n}}\n";
            var reference = Compile.Files(("j.plan", regional), ("m.plan", text)).FindPlan("M")!.References.Single();

            Assert.Equal(decomposed, Text(text, reference.PlanSpan!.Value));
            Assert.Equal("IO1", Text(text, reference.MemberSpan));
        }

        [Fact]
        public void A_range_records_both_ends_at_their_names_and_the_goals_between_at_the_range()
        {
            var text = "municipal plan M {\n  area A serves R.3.1–3.3\n}\n";
            var references = Compile.Files(("r.plan", Regional), ("m.plan", text)).FindPlan("M")!.References;

            Assert.Equal(new[] { "goal R.3.1 at R.3.1", "goal R.3.2 at R.3.1–3.3", "goal R.3.3 at 3.3" }, references.Select(reference => Describe(reference, text)));
            Assert.All(references, reference => Assert.Equal("R.3.1–3.3", Text(text, reference.Range!.Value)));
            Assert.Equal(new[] { false, true, false }, references.Select(reference => reference.IsImpliedByRange));
        }

        [Fact]
        public void A_range_whose_end_is_qualified_too_records_the_end_with_its_parts()
        {
            var text = "municipal plan M {\n  area A serves R.3.1..R.3.2\n}\n";
            var end = Compile.Files(("r.plan", Regional), ("m.plan", text)).FindPlan("M")!.References.Last();

            Assert.Equal(new ElementKey(SymbolKind.Goal, "R", "3.2"), end.Symbol);
            Assert.Equal("R", Text(text, end.PlanSpan!.Value));
            Assert.Equal("3.2", Text(text, end.MemberSpan));
        }

        [Fact]
        public void The_end_of_a_range_written_with_its_last_part_only_is_recorded_at_that_part()
        {
            var text = "municipal plan M {\n  goal 3.1\n  goal 3.2\n  action X serves 3.1..2\n}\n";
            var end = Compile.Text(text).Plans.Single().References.Last();

            Assert.Equal("goal M.3.2 at 2", Describe(end, text));
        }

        [Fact]
        public void Plans_of_follows_and_rules_of_exceptions_are_recorded()
        {
            var text = "municipal plan M {\n  follows R\n  exception SP5001 \"skäl\"\n}\n";
            var references = Compile.Files(("r.plan", Regional), ("m.plan", text)).FindPlan("M")!.References;

            Assert.Equal(new SymbolKey[] { new PlanKey("R"), new RuleKey("SP5001") }, references.Select(reference => reference.Symbol));
            Assert.Equal(new[] { "R", "SP5001" }, references.Select(reference => Text(text, reference.Span)));
        }

        [Fact]
        public void Names_that_do_not_resolve_are_not_recorded()
        {
            var compilation = Compile.InPlan("follows Nowhere\nexception SP9999 \"skäl\"\nplace Kluk level 7\naction X { owner Nobody\n funding Nothing }");

            Assert.NotEmpty(compilation.Structure());
            Assert.Empty(compilation.Plans.Single().References);
        }

        private static string Describe(SymbolReference reference, string text)
        {
            var symbol = (ElementKey)reference.Symbol;
            return $"{DslPlanning.Language.Semantics.Symbol.Describe(symbol.Kind)} {symbol.Plan}.{symbol.Name} at {Text(text, reference.Span)}";
        }

        private static string Text(string text, DslPlanning.Language.Text.TextSpan span) => text.Substring(span.Start, span.Length);
    }
}
