using System.Globalization;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>One rule of the catalog: its ID, texts, category, default severity and docs page.</summary>
    public sealed class DiagnosticDescriptor
    {
        public const string HelpLinkBase = "https://github.com/DslPlanning/DslPlanning/blob/main/docs/rules/";

        public DiagnosticDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Category = category;
            DefaultSeverity = defaultSeverity;
        }

        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format string (<c>{0}</c>, <c>{1}</c> …) for the message.</summary>
        public string MessageFormat { get; }

        public string Category { get; }

        public DiagnosticSeverity DefaultSeverity { get; }

        public string HelpLink => HelpLinkBase + Id + ".md";

        public string FormatMessage(params object[] arguments) =>
            string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

        public override string ToString() => Id;
    }
}
