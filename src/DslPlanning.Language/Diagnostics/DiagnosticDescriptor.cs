using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>One rule of the catalog: its ID, category, default severity, texts in English and Swedish, and docs pages.</summary>
    public sealed class DiagnosticDescriptor
    {
        public const string HelpLinkBase = "https://github.com/DslPlanning/DslPlanning/blob/main/docs/rules/";

        public DiagnosticDescriptor(string id, string category, DiagnosticSeverity defaultSeverity, DiagnosticText english, DiagnosticText swedish)
        {
            Id = id;
            Category = category;
            DefaultSeverity = defaultSeverity;
            English = english;
            Swedish = swedish;
        }

        public string Id { get; }

        public string Category { get; }

        public DiagnosticSeverity DefaultSeverity { get; }

        public DiagnosticText English { get; }

        public DiagnosticText Swedish { get; }

        /// <summary>The English title.</summary>
        public string Title => English.Title;

        public DiagnosticText TextIn(PlanLanguage language) => language == PlanLanguage.Swedish ? Swedish : English;

        /// <summary>The English docs page.</summary>
        public string HelpLink => HelpLinkIn(PlanLanguage.English);

        /// <summary>The docs page in <paramref name="language"/>: <c>docs/rules/SP3001.md</c>, <c>docs/rules/sv/SP3001.md</c>.</summary>
        public string HelpLinkIn(PlanLanguage language) => HelpLinkBase + (language == PlanLanguage.Swedish ? "sv/" : string.Empty) + Id + ".md";

        /// <summary>The message in <paramref name="language"/>, each argument in that language.</summary>
        public string FormatMessage(PlanLanguage language, IEnumerable<Phrase> arguments) =>
            string.Format(CultureInfo.InvariantCulture, TextIn(language).MessageFormat, arguments.Select(argument => (object)argument.In(language)).ToArray());

        public override string ToString() => Id;
    }
}
