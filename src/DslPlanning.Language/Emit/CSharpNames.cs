using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DslPlanning.Language.Emit
{
    /// <summary>Turns plan names into C# identifiers: valid, readable (å ä ö kept), and unique within their scope.</summary>
    public static class CSharpNames
    {
        private static readonly HashSet<string> Keywords = new()
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>A C# identifier for a plan name: '.' and '-' become '_', a leading digit gets '_', keywords get '@'.</summary>
        public static string Identifier(string name)
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

            var identifier = builder.ToString();
            return Keywords.Contains(identifier) ? "@" + identifier : identifier;
        }

        /// <summary>An ASCII file-name-safe form, for hint names.</summary>
        public static string FileSafe(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                builder.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
            }

            return builder.ToString();
        }

        /// <summary>A stable 32-bit FNV-1a hash, as eight hex digits.</summary>
        public static string Hash(string text)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in text)
                {
                    hash = (hash ^ c) * 16777619u;
                }

                return hash.ToString("x8", CultureInfo.InvariantCulture);
            }
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierPart(char c)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                return true;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark
                || category == UnicodeCategory.ConnectorPunctuation;
        }
    }

    /// <summary>Hands out unique identifiers within one C# scope, avoiding names already taken (such as the enclosing type).</summary>
    public sealed class IdentifierScope
    {
        private readonly HashSet<string> _taken;

        public IdentifierScope(params string[] reserved)
        {
            _taken = new HashSet<string>(reserved);
        }

        public string Add(string name)
        {
            var identifier = CSharpNames.Identifier(name);
            var candidate = identifier;
            for (var suffix = 2; !_taken.Add(candidate.TrimStart('@')); suffix++)
            {
                candidate = identifier.TrimStart('@') + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
