namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>Two small plans that see each other: a municipal plan following a regional programme.</summary>
    internal static class LinkedPlans
    {
        public const string Region = """
            regional plan Region "Regionens program" {
              owner Regionen
              period 2023..2030
              actor Regionen "Regionen" region
              funder Anslaget "Regionens anslag" region budget 500 000 kr per year
              area IO1 "Tillgänglighet" priority 1
            }
            """;

        /// <summary>The municipal plan, with <c>|</c> where a test puts the caret (removed by <see cref="Caret.Split"/>).</summary>
        public static string Municipal(string body = "") => """
            municipal plan Ort "Ortens plan" {
              owner Kommunen
              period 2025..2030
              follows Region
              actor Kommunen "Kommunen" municipality
              funder Kassan "Kommunens kassa" municipality budget 100 000 kr per year
              level 1 "Centralort"
              place Byn level 1 { services groceries }
              area A1 "Område" priority 1 serves Region.IO1 {
                goal G1 "Målet"
                action Hjälp "Hjälpen" serves G1 {
                  description "Hjälp till byn"
                  owner Kommunen
                  funding Kassan
                  cost 10 000 kr per year
            """ + body + """

                }
              }
            }
            """;
    }
}
