using System.Linq;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Semantics
{
    /// <summary>SP0013 at the plan where the texts of the plans compiled together pass the 12 MB the generated C# may hold.</summary>
    public class GeneratedStringBudgetTests
    {
        /// <summary>Plan <c>P{index}</c> in its own file, with five notes of 100 000 characters: 1 MB in the assembly's string heap.</summary>
        private static (string Path, string Text) MegabytePlan(int index, bool sameNotesAsOtherPlans = false)
        {
            var notes = Enumerable.Range(0, 5).Select(note =>
            {
                var prefix = sameNotesAsOtherPlans ? $"note {note} " : $"plan {index} note {note} ";
                return $"  note \"{prefix}{new string('x', 100_000 - prefix.Length)}\"\n";
            });
            return ($"/p/p{index:D2}.plan", $"regional plan P{index:D2} {{\n{string.Concat(notes)}}}\n");
        }

        [Fact]
        public void The_plan_where_the_total_passes_the_budget_is_reported_once_at_its_name()
        {
            var compilation = Compile.Files(Enumerable.Range(1, 14).Select(index => MegabytePlan(index)).ToArray());

            var diagnostic = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP0013");
            Assert.Equal("/p/p12.plan", diagnostic.Location.Path);
            Assert.Equal("1,15", diagnostic.Position());
            Assert.Equal(
                "The texts and names of the plans compiled together, up to and including this plan, take 12,1 MB in the generated C#, more than the 12 MB that one project can hold; move some plans to another project, or shorten their longest texts",
                diagnostic.Message);
        }

        [Fact]
        public void Plans_within_the_budget_are_not_reported()
        {
            var compilation = Compile.Files(Enumerable.Range(1, 11).Select(index => MegabytePlan(index)).ToArray());

            Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP0013");
        }

        [Fact]
        public void A_text_that_several_plans_repeat_is_stored_once()
        {
            var compilation = Compile.Files(Enumerable.Range(1, 20).Select(index => MegabytePlan(index, sameNotesAsOtherPlans: true)).ToArray());

            Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Id == "SP0013");
        }
    }
}
