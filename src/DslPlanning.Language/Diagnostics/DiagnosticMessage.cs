using System.Linq;
using DslPlanning.Model;

namespace DslPlanning.Language.Diagnostics
{
    /// <summary>
    /// What a diagnostic says, before it has a location: its descriptor and the arguments of its message format. Made only
    /// by the factories of <see cref="Diagnose"/>, which take typed facts and format them the one way messages show them;
    /// plan text among the arguments is made safe to print (<see cref="PrintableText"/>).
    /// </summary>
    public sealed class DiagnosticMessage
    {
        internal DiagnosticMessage(DiagnosticDescriptor descriptor, params Phrase[] arguments)
        {
            Descriptor = descriptor;
            Arguments = new ValueList<Phrase>(arguments.Select(argument => argument.Select(PrintableText.Escape)));
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The arguments of the descriptor's message format, in order, each in both languages.</summary>
        public ValueList<Phrase> Arguments { get; }

        /// <summary>The replacement the message suggests, when it says "did you mean …".</summary>
        public Suggestion? Suggestion { get; private set; }

        /// <summary>The message in English.</summary>
        public string Text => TextIn(PlanLanguage.English);

        public string TextIn(PlanLanguage language) => Descriptor.FormatMessage(language, Arguments);

        /// <summary>This message, suggesting <paramref name="replacement"/> for <paramref name="replaced"/> when there is one.</summary>
        internal DiagnosticMessage Suggesting(string replaced, string? replacement)
        {
            Suggestion = replacement is null ? null : new Suggestion(replaced, replacement);
            return this;
        }

        public override string ToString() => Descriptor.Id + ": " + Text;
    }
}
