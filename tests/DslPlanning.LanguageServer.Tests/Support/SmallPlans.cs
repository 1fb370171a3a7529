namespace DslPlanning.LanguageServer.Tests.Support
{
    /// <summary>Small plans for the features' tests, each with the line numbers (from 0, as the protocol counts) its tests point at.</summary>
    internal static class SmallPlans
    {
        /// <summary>An action without an owner (SP5014, on line <see cref="ActionLine"/>), funded, with its block closed on <see cref="ActionEndLine"/>.</summary>
        public const string Ownerless = """
            municipal plan Krokom "Krokoms kommuns kommersiella serviceprogram 2023–2030" {
              owner KrokomsKommun
              period 2023..2030
              review yearly

              actor KrokomsKommun "Krokoms kommun" municipality
              actor Näringslivskontoret "Näringslivskontoret, Krokoms kommun" department
              funder Kommunstyrelsen "Kommunstyrelsen, Krokoms kommun" municipality

              goal M1.2 "Öka kunskapen om värdet av den lokala servicen" result {
                indicator "genomförda kommunikationsinsatser" baseline 0 in 2023 target 2 in 2025
              }
              # Kommunikation
              action Kommunikationsinsatser "Kommunikationsinsatser" serves M1.2 {
                funding Kommunstyrelsen
              }
            }

            """;

        public const int ActionLine = 13;

        public const int ActionEndLine = 15;
    }
}
