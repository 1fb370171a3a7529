namespace DslPlanning.Model
{
    /// <summary>The kinds of subsidy as the Swedish documents name them in running text (docs/language.md, the glossary): messages and reports both read them here.</summary>
    public static class SubsidyNames
    {
        /// <summary>"servicebidrag", "särskilt driftstöd" …, in lower case as in running text.</summary>
        public static string Swedish(SubsidyKind kind) => kind switch
        {
            SubsidyKind.ServiceGrant => "servicebidrag",
            SubsidyKind.HomeDeliveryGrant => "hemsändningsbidrag",
            SubsidyKind.OperatingAid => "särskilt driftstöd",
            SubsidyKind.InvestmentAid => "investeringsstöd",
            _ => "stöd till grundläggande betaltjänster",
        };
    }
}
