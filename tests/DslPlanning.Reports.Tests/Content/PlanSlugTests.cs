using DslPlanning.Reports.Content;

namespace DslPlanning.Reports.Tests.Content
{
    public class PlanSlugTests
    {
        [Theory]
        [InlineData("Krokom", "krokom")]
        [InlineData("JämtlandRSP", "jamtland-rsp")]
        [InlineData("VästerbottenHandlingsplan2018", "vasterbotten-handlingsplan-2018")]
        [InlineData("Storuman_Sorsele", "storuman-sorsele")]
        [InlineData("Åre.Östersund", "are-ostersund")]
        [InlineData("日本", "plan")]
        public void Slugs_are_lower_case_ASCII_words(string name, string slug) => Assert.Equal(slug, PlanSlug.For(name));
    }
}
