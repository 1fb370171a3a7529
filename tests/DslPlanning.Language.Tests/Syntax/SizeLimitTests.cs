using System.Linq;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Tests.Support;

namespace DslPlanning.Language.Tests.Syntax
{
    /// <summary>SP0012 and SP0013: names and texts beyond the documented limits are errors at the name or text.</summary>
    public class SizeLimitTests
    {
        [Fact]
        public void The_limits_are_the_documented_ones()
        {
            Assert.Equal(128, SizeLimits.MaxNameLength);
            Assert.Equal(100_000, SizeLimits.MaxTextLength);
        }

        [Fact]
        public void A_name_of_the_maximum_length_is_accepted()
        {
            var name = new string('Å', SizeLimits.MaxNameLength);

            Assert.Empty(Compile.Text($"municipal plan {name} {{\n  place {name}\n}}\n").Structure());
        }

        [Fact]
        public void A_longer_plan_name_is_reported_at_the_name()
        {
            var name = "Storuman" + new string('x', 1_100);

            var diagnostic = Compile.Text($"municipal plan {name} {{\n}}\n").Single();

            Assert.Equal("SP0012", diagnostic.Id);
            Assert.Equal("1,16", diagnostic.Position());
            Assert.Equal(name.Length, diagnostic.Location.Span.Length);
            Assert.Equal(
                "The name 'Storumanxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 1 108 characters long, more than the 128 a name may have; use a shorter name and give the full wording as the title in quotes",
                diagnostic.Message);
        }

        [Fact]
        public void Every_long_name_is_reported_once_wherever_it_stands()
        {
            var name = new string('g', SizeLimits.MaxNameLength + 1);
            var text = $"municipal plan P {{\n  goal {name}\n  action A serves {name} # {name}\n}}\n";

            var diagnostics = Compile.Text(text).Diagnostics.Where(diagnostic => diagnostic.Id == "SP0012").ToList();

            Assert.Equal(new[] { "2,8", "3,19" }, diagnostics.Select(diagnostic => diagnostic.Position()));
        }

        [Fact]
        public void A_text_of_the_maximum_length_is_accepted_and_a_longer_one_is_reported_at_the_text()
        {
            var longest = new string('a', SizeLimits.MaxTextLength);

            Assert.Empty(Compile.InPlan($"description \"{longest}\"").Structure());
            var diagnostic = Compile.InPlan($"note \"x\"\ndescription \"{longest}b\"").Single();
            Assert.Equal("SP0013", diagnostic.Id);
            Assert.Equal("3,15", diagnostic.Position());
            Assert.Equal(SizeLimits.MaxTextLength + 3, diagnostic.Location.Span.Length);
            Assert.Equal(
                "This text is 100 001 characters long, more than the 100 000 characters a text may have; shorten it, for example by keeping the full text in the source document and quoting only what the plan needs",
                diagnostic.Message);
        }

        [Fact]
        public void A_long_unterminated_text_is_reported_with_its_missing_quote()
        {
            var text = "municipal plan P {\n  description \"" + new string('a', 9_000_000) + "\n}\n";

            var ids = Compile.Text(text).Structure().Select(diagnostic => diagnostic.Id).ToList();

            Assert.Contains("SP0003", ids);
            Assert.Contains("SP0013", ids);
        }

        [Fact]
        public void Comments_are_not_limited()
        {
            Assert.Empty(Compile.InPlan("# " + new string('x', SizeLimits.MaxTextLength * 2)).Structure());
        }
    }
}
