using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>
        /// What every block's binding has: the binder, and the <c>note</c> and <c>exception</c> statements that most
        /// blocks accept (a block's table says whether it does).
        /// </summary>
        internal abstract class BlockBinding
        {
            private readonly List<string> _notes = new();
            private readonly List<JustifiedException> _exceptions = new();

            protected BlockBinding(PlanBinder binder)
            {
                Binder = binder;
            }

            protected PlanBinder Binder { get; }

            public ValueList<string> Notes => _notes.ToValueList();

            public ValueList<JustifiedException> Exceptions => _exceptions.ToValueList();

            public void Note(ValueStatementSyntax note) => AddIfBound(_notes, Binder.Text(note.Value));

            public void Exception(ExceptionSyntax exception) => AddIfBound(_exceptions, Binder.BindException(exception));

            /// <summary>A note that is not a <c>note</c> statement, such as a goal's target's.</summary>
            public void AddNote(string? note) => AddIfBound(_notes, note);
        }
    }
}
