using DslPlanning.Language.Syntax;
using Sprache;

namespace DslPlanning.Language.Parsing
{
    /// <summary>Parsers for values: names and name lists, and the general value of a statement.</summary>
    internal static class ValueGrammar
    {
        /// <summary>A name or a range of names: <c>Kluk</c>, <c>VästerbottenRSP.3.1–3.3</c>.</summary>
        public static readonly Grammar<ReferenceSyntax> Reference =
            (from start in Tokens.Name
             from end in (from _ in Tokens.RangeOperator from name in Tokens.Name.Named("the last name of the range") select name).Maybe()
             select (start, end))
            .Spanned((value, span) => new ReferenceSyntax(value.start, value.end, span));

        /// <summary>Names separated by commas.</summary>
        public static readonly Grammar<ReferenceListSyntax> References =
            Reference.SeparatedBy(Tokens.ListSeparator).Spanned((items, span) => new ReferenceListSyntax(items, span));

        private static readonly Grammar<ValueSyntax> StringValue = Tokens.String.As<StringSyntax, ValueSyntax>();

        private static readonly Grammar<ValueSyntax> ReferencesValue = References.As<ReferenceListSyntax, ValueSyntax>();

        /// <summary>A string or a value that starts with a digit.</summary>
        public static readonly Grammar<ValueSyntax> Scalar = input =>
        {
            if (!input.AtEnd && input.Current == '"')
            {
                return StringValue(input);
            }

            return Tokens.Numeric(input);
        };

        /// <summary>Any value: a string, a number or date or year range, or a list of names. The binder checks its type.</summary>
        public static readonly Grammar<ValueSyntax> Value = input =>
        {
            if (!input.AtEnd && Scanner.IsNameStart(input.Current) && !Scanner.IsDigit(input.Current))
            {
                return ReferencesValue(input);
            }

            return Scalar(input);
        };

        /// <summary>A numeric value or a list of names (a level key, a priority: <c>3</c>, <c>servicenod</c>, <c>high</c>).</summary>
        public static readonly Grammar<ValueSyntax> NumberOrName = Value;
    }
}
