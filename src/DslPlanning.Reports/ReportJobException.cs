using System;

namespace DslPlanning.Reports
{
    /// <summary>Why the report job stopped, in one line per problem, for the person who ran it (no stack trace needed).</summary>
    public sealed class ReportJobException : Exception
    {
        public ReportJobException(string message)
            : base(message)
        {
        }

        public ReportJobException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
