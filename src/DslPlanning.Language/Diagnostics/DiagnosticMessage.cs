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
        internal DiagnosticMessage(DiagnosticDescriptor descriptor, params string[] arguments)
        {
            Descriptor = descriptor;
            Arguments = new ValueList<string>(arguments.Select(PrintableText.Escape));
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The arguments of the descriptor's message format, in order.</summary>
        public ValueList<string> Arguments { get; }

        /// <summary>The replacement the message suggests, when it says "did you mean …".</summary>
        public Suggestion? Suggestion { get; private set; }

        public string Text => Descriptor.FormatMessage(Arguments.Cast<object>().ToArray());

        /// <summary>This message, suggesting <paramref name="replacement"/> for <paramref name="replaced"/> when there is one.</summary>
        internal DiagnosticMessage Suggesting(string replaced, string? replacement)
        {
            Suggestion = replacement is null ? null : new Suggestion(replaced, replacement);
            return this;
        }

        public override string ToString() => Descriptor.Id + ": " + Text;
    }
}
