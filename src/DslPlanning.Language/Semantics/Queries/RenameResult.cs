using DslPlanning.Language.Workspaces;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Queries
{
    /// <summary>What a rename comes to: the edits of each file, or a refusal with the reason in the plan author's words.</summary>
    public sealed record RenameResult
    {
        private RenameResult(ValueList<FileEdits> edits, Phrase? refusal)
        {
            Edits = edits;
            Refusal = refusal;
        }

        /// <summary>The edits, one entry per file that changes, by path; empty when refused or when the name stays the same.</summary>
        public ValueList<FileEdits> Edits { get; }

        /// <summary>Why the rename cannot be made, in English and Swedish, or null when it can.</summary>
        public Phrase? Refusal { get; }

        public bool IsRefused => Refusal is not null;

        internal static RenameResult Edited(ValueList<FileEdits> edits) => new(edits, null);

        internal static RenameResult Refused(Phrase reason) => new(ValueList<FileEdits>.Empty, reason);
    }

    /// <summary>The changes to one file, by position, none overlapping: each made on the original text.</summary>
    public sealed record FileEdits(string Path, ValueList<TextChange> Changes);
}
