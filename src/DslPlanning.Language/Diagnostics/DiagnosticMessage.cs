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

        public string Text => Descriptor.FormatMessage(Arguments.Cast<object>().ToArray());

        public override string ToString() => Descriptor.Id + ": " + Text;
    }
}
