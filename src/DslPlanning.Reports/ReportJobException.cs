using System;
using DslPlanning.Model;

namespace DslPlanning.Reports
{
    /// <summary>Why the report job stopped, in one line per problem, for the person who ran it (no stack trace needed).</summary>
    public sealed class ReportJobException : Exception
    {
        public ReportJobException(string message)
            : this((Phrase)message)
        {
        }

        public ReportJobException(string message, Exception innerException)
            : this((Phrase)message, innerException)
        {
        }

        /// <summary>A problem said in both languages; <see cref="Exception.Message"/> is the English.</summary>
        public ReportJobException(Phrase message, Exception? innerException = null)
            : base(message.English, innerException)
        {
            Text = message;
        }

        /// <summary>The problem in both languages.</summary>
        public Phrase Text { get; }

        public string MessageIn(PlanLanguage language) => Text.In(language);
    }
}
