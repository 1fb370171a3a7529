using System.Linq;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>SP1019: names that become the same C# name are reported at each of them, naming the other.</summary>
    public class CSharpNameCheckTests
    {
        [Fact]
        public void Plans_in_two_files_that_become_one_class_are_reported_at_both()
        {
            var compilation = Compile.Files(
                ("/p/kro_kom.plan", "municipal plan Kro_kom {\n}\n"),
                ("/p/nykom.plan", "# Ny plan\nmunicipal plan Kro-kom {\n}\n"));

            var diagnostics = compilation.Only("SP1019");

            Assert.Equal(new[] { ("SP1019", "/p/kro_kom.plan", "1,16"), ("SP1019", "/p/nykom.plan", "2,16") }, diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.Path, diagnostic.Position())));
            Assert.Equal(
                "Plan 'Kro_kom' becomes the C# class Kro_kom, as does plan 'Kro-kom' in /p/nykom.plan(2,16); C# code could not tell them apart, so rename one of them",
                diagnostics[0].Message);
            Assert.Equal(
                "Plan 'Kro-kom' becomes the C# class Kro_kom, as does plan 'Kro_kom' in /p/kro_kom.plan(1,16); C# code could not tell them apart, so rename one of them",
                diagnostics[1].Message);
        }

        [Fact]
        public void A_plan_named_as_a_generated_class_collides_with_the_name_it_becomes()
        {
            var diagnostics = Compile.Files(("/p/a.plan", "regional plan Plan {\n}\nregional plan Plan_ {\n}\n")).Only("SP1019");

            Assert.Equal(new[] { "1,15", "3,15" }, diagnostics.Select(diagnostic => diagnostic.Position()));
            Assert.All(diagnostics, diagnostic => Assert.Contains("becomes the C# class Plan_", diagnostic.Message));
        }

        [Fact]
        public void Plans_whose_names_differ_in_case_or_in_letters_are_not_reported()
        {
            var compilation = Compile.Files(
                ("/p/a.plan", "municipal plan Krokom {\n}\n"),
                ("/p/b.plan", "municipal plan KROKOM {\n}\n"),
                ("/p/c.plan", "municipal plan Åsele {\n}\n"),
                ("/p/d.plan", "municipal plan Asele {\n}\n"));

            Assert.Empty(compilation.Only("SP1019"));
        }

        [Fact]
        public void A_plan_declared_twice_is_a_duplicate_not_a_collision()
        {
            var diagnostics = Compile.Files(("/p/a.plan", "municipal plan Krokom {\n}\n"), ("/p/b.plan", "municipal plan Krokom {\n}\n")).Structure();

            Assert.Equal("SP1003", Assert.Single(diagnostics).Id);
        }

        [Theory]
        [InlineData("goal 1.1\ngoal 1_1", "Goal", "goal", "P.Goals._1_1")]
        [InlineData("area IO-1\narea IO_1", "Area", "area", "P.Areas.IO_1")]
        [InlineData("action A.1\naction A-1", "Action", "action", "P.Actions.A_1")]
        [InlineData("place Kluk-By\nplace Kluk_By", "Place", "place", "P.Places.Kluk_By")]
        [InlineData("actor Kommun.Styrelsen\nactor Kommun_Styrelsen", "Actor", "actor", "P.Actors.Kommun_Styrelsen")]
        [InlineData("funder Region-JH\nfunder Region_JH", "Funder", "funder", "P.Funders.Region_JH")]
        [InlineData("level 1.1\nlevel 1_1", "Level", "level", "P.Levels._1_1")]
        [InlineData("goal Goals\ngoal Goals_", "Goal", "goal", "P.Goals.Goals_")]
        [InlineData("action ToString\naction ToString_", "Action", "action", "P.Actions.ToString_")]
        public void Elements_of_one_kind_that_become_one_member_are_reported_at_both(string statements, string kind, string word, string member)
        {
            var diagnostics = Compile.InPlan(statements).Structure();

            Assert.Equal(new[] { ("SP1019", "2,"), ("SP1019", "3,") }, diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position().Substring(0, 2))));
            var names = statements.Split('\n').Select(line => line.Split(' ')[1]).ToArray();
            Assert.Equal(
                $"{kind} '{names[0]}' becomes the C# member {member}, as does {word} '{names[1]}' at line 3; C# code could not tell them apart, so rename one of them",
                diagnostics[0].Message);
            Assert.StartsWith($"{kind} '{names[1]}' becomes the C# member {member}, as does {word} '{names[0]}' at line 2", diagnostics[1].Message);
        }

        [Fact]
        public void Goals_of_different_areas_share_the_class_Goals()
        {
            var diagnostics = Compile.InPlan("area IO1 {\n  goal 1.1\n}\narea IO2 {\n  goal 1_1\n}").Structure();

            Assert.Equal(new[] { "3,10", "6,10" }, diagnostics.Select(diagnostic => diagnostic.Position()));
        }

        [Fact]
        public void Elements_of_different_kinds_may_have_one_name()
        {
            var compilation = Compile.InPlan("actor Kommunen\nfunder Kommunen\nplace Kommunen\nlevel Kommunen\narea Kommunen\naction Kommunen");

            Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP1019");
        }
    }
}
