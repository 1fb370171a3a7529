namespace DslPlanning.Tests.Shared
{
    /// <summary>
    /// Names that broke the generated C# (issue 9) or could, and a plan that gives each element kind such a name. Linked
    /// into the tests that compile generated C#: with Roslyn in-process, and with the SDK's compiler in a real build.
    /// </summary>
    internal static class HostileNames
    {
        /// <summary>The names, no two of which become one C# class (SP1019).</summary>
        public static readonly string[] All =
        {
            // lower-case type names (CS8981) and contextual keywords that may not name a type (CS8860, CS9056, CS9062, CS9029)
            "storuman", "record", "file", "scoped", "required", "extension", "field", "var", "dynamic", "nameof", "value",
            "global", "partial", "notnull", "unmanaged", "managed", "with", "init", "and", "or", "not", "args", "allows",
            // reserved keywords, also those that '@' alone used to miss (CS1519)
            "class", "int", "string", "object", "new", "this", "null", "default", "__arglist", "__makeref", "__reftype", "__refvalue",
            // the discard
            "_",
            // names the generated code uses (CS0542, CS0101, the model alias) and members of every object (CS0108)
            "Plan", "Model", "Build", "Areas", "Goals", "Actions", "Places", "Actors", "Funders", "Levels", "PlanCatalog", "DslModel",
            "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
            // names of the namespaces the generated code refers to
            "System", "DslPlanning", "Microsoft",
            // names that start with a digit, combining marks, Unicode digits, non-ASCII letters
            "1.1", "2030", "٣", "A\u030Asele", "e\u0301", "Kro-kom", "Ärla",
            // the longest names, in 1-byte and 3-byte UTF-8 characters (metadata limits names to 1 023 bytes, CS7013)
            new string('x', 128), new string('中', 128),
            // words of the plan language
            "area", "goal", "level", "priority", "serves", "for", "in", "funding", "municipal", "owner", "period",
        };

        /// <summary>Plan <paramref name="name"/> with an element of every kind but goals of that name, and plan <c>Mål{index}</c> with a goal of that name.</summary>
        public static string PlanNamed(string name, int index) => $$"""
            municipal plan {{name}} "Titel" {
              actor {{name}} "Aktör"
              funder {{name}} "Finansiär"
              level {{name}} "Nivå"
              place {{name}}
              area {{name}} priority 1 {
                action {{name}} "Åtgärd"
              }
            }
            regional plan Mål{{index:D3}} {
              goal {{name}}
            }

            """;
    }
}
