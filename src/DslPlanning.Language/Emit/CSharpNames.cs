using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DslPlanning.Language.Semantics;

namespace DslPlanning.Language.Emit
{
    /// <summary>
    /// The one policy for the C# names of the generated code, used by the emitter and by the check that reports plan
    /// names that become the same C# name (SP1019). A name's identifier depends on that name alone, never on the
    /// other names of the compilation, so adding a plan never renames another.
    /// </summary>
    public static class CSharpNames
    {
        /// <summary>The class of every plan's elements of one kind: <c>Krokom.Goals.G1</c>.</summary>
        public static string MemberClass(SymbolKind kind) => kind switch
        {
            SymbolKind.Area => "Areas",
            SymbolKind.Goal => "Goals",
            SymbolKind.Action => "Actions",
            SymbolKind.Place => "Places",
            SymbolKind.Actor => "Actors",
            SymbolKind.Funder => "Funders",
            _ => "Levels",
        };

        /// <summary>The class in the generated namespace that lists every plan.</summary>
        public const string CatalogClass = "PlanCatalog";

        /// <summary>
        /// The alias of the model's namespace that generated files declare inside their namespace
        /// (<c>using DslModel = global::DslPlanning.Model;</c>): short names make the generated code smaller and faster to compile.
        /// </summary>
        public const string ModelAlias = "DslModel";

        /// <summary>The members of every plan class besides its element classes.</summary>
        public const string PlanProperty = "Plan";
        public const string ModelField = "Model";
        public const string BuildMethod = "Build";

        /// <summary>
        /// Names a plan class cannot have: the names of its own members (CS0542), of the other types of its namespace, and
        /// <c>_</c>, which would turn every discard (<c>_ = …</c>) in code that imports the namespace into an error.
        /// </summary>
        private static readonly HashSet<string> ReservedClassNames = new(
            Enum.GetValues(typeof(SymbolKind)).Cast<SymbolKind>().Select(MemberClass)
                .Concat(new[] { PlanProperty, ModelField, BuildMethod, CatalogClass, ModelAlias, "_" }),
            StringComparer.Ordinal);

        /// <summary>The members every class inherits from <see cref="object"/>: an element property of that name would hide one (CS0108).</summary>
        private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal)
        {
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals",
        };

        /// <summary>
        /// The reserved keywords of C#, which cannot be a namespace part. Contextual keywords (<c>record</c>, <c>var</c> …) can.
        /// A test compares this list with Roslyn's.
        /// </summary>
        public static readonly IReadOnlyCollection<string> ReservedKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        /// <summary>The longest namespace accepted: with a plan class of the longest name it stays within metadata's 1 023 bytes (CS7013).</summary>
        public const int MaxNamespaceLength = 200;

        /// <summary>
        /// The identifier of a plan's class (as C# compares it, without '@'): <c>Kro-kom</c> → <c>Kro_kom</c>, <c>Plan</c> →
        /// <c>Plan_</c>, <c>storuman</c> → <c>Storuman</c>. A class name is never lower-case ASCII letters and '_' only, the
        /// shape of every C# keyword: a type of such a name (<c>var</c>, <c>dynamic</c>, <c>nint</c>, <c>notnull</c>,
        /// <c>field</c> …) changes what that keyword means in every file that imports the namespace, and C# warns
        /// about it (CS8981). Its first letter is upper-cased instead.
        /// </summary>
        public static string PlanClass(string planName) => Avoid(Capitalized(Identifier(planName)), ReservedClassNames);

        /// <summary>The identifier of an element's property in the class of its kind: goal <c>1.1</c> → <c>Goals._1_1</c>, goal <c>Goals</c> → <c>Goals.Goals_</c>.</summary>
        public static string Member(SymbolKind kind, string name)
        {
            var identifier = Identifier(name);
            return identifier == MemberClass(kind) ? identifier + "_" : Avoid(identifier, ObjectMembers);
        }

        /// <summary>
        /// An identifier as written in C# source. Every C# keyword — reserved, contextual, or one a later C# version may
        /// add — is lower-case ASCII letters (and '_' for <c>__arglist</c> …): such identifiers are written verbatim,
        /// <c>@record</c>, which C# reads as the name and never as a keyword.
        /// </summary>
        public static string Escaped(string identifier) => IsKeywordShaped(identifier) ? "@" + identifier : identifier;

        /// <summary>Whether <paramref name="name"/> can be the namespace of the generated code: dotted C# identifiers, none a reserved keyword, not too long.</summary>
        public static bool IsValidNamespace(string name) =>
            name.Length is > 0 and <= MaxNamespaceLength
            && name.Split('.').All(part => part.Length > 0 && Identifier(part) == part && !ReservedKeywords.Contains(part));

        /// <summary>
        /// The hint name (and, with EmitCompilerGeneratedFiles, the file name) of a plan class's file: ASCII, short enough for
        /// any file system, and unique, since class names are unique and the hash tells apart those the cut-down readable part does not.
        /// </summary>
        public static string HintName(string className)
        {
            const int readableLength = 32;
            var readable = FileSafe(className);
            return "Plan." + readable.Substring(0, Math.Min(readable.Length, readableLength)) + "." + Hash(className) + ".g.cs";
        }

        /// <summary>A C# identifier for a plan name: characters that cannot be in one ('.', '-') become '_', and one that cannot start one gets a '_' before it.</summary>
        private static string Identifier(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            foreach (var c in name)
            {
                builder.Append(IsIdentifierPart(c) ? c : '_');
            }

            if (builder.Length == 0 || !IsIdentifierStart(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        private static string Avoid(string identifier, HashSet<string> taken) => taken.Contains(identifier) ? identifier + "_" : identifier;

        /// <summary>Whether C# could take <paramref name="identifier"/> for a keyword, now or in a later version: lower-case ASCII letters and '_' only.</summary>
        private static bool IsKeywordShaped(string identifier) => identifier.All(c => c is (>= 'a' and <= 'z') or '_');

        /// <summary>A keyword-shaped identifier with its first letter upper-cased: <c>var</c> → <c>Var</c>, <c>__arglist</c> → <c>__Arglist</c>.</summary>
        private static string Capitalized(string identifier)
        {
            var word = identifier.TrimStart('_');
            return IsKeywordShaped(identifier) && word.Length > 0
                ? identifier.Substring(0, identifier.Length - word.Length) + char.ToUpperInvariant(word[0]) + word.Substring(1)
                : identifier;
        }

        /// <summary>An ASCII, file-name-safe form.</summary>
        private static string FileSafe(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                builder.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
            }

            return builder.ToString();
        }

        /// <summary>A stable 64-bit FNV-1a hash of the UTF-16 code units, as sixteen hex digits.</summary>
        private static string Hash(string text)
        {
            unchecked
            {
                var hash = 14695981039346656037ul;
                foreach (var c in text)
                {
                    hash = (hash ^ c) * 1099511628211ul;
                }

                return hash.ToString("x16", CultureInfo.InvariantCulture);
            }
        }

        /// <summary>C#'s identifier-start characters: letters (Lu, Ll, Lt, Lm, Lo, Nl) and '_'.</summary>
        private static bool IsIdentifierStart(char c) =>
            char.IsLetter(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

        /// <summary>C#'s identifier-part characters without the formatting ones (Cf), which C# ignores when it compares names.</summary>
        private static bool IsIdentifierPart(char c)
        {
            if (IsIdentifierStart(c) || char.IsDigit(c))
            {
                return true;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark
                || category == UnicodeCategory.ConnectorPunctuation;
        }
    }
}
