using System.Collections.Generic;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics.Binding
{
    internal sealed partial class PlanBinder
    {
        /// <summary>What the statements of a subsidy application have bound so far; one method per statement of <c>SubsidyStatements</c>.</summary>
        internal sealed class SubsidyBlock : BlockBinding
        {
            public SubsidyBlock(PlanBinder binder, SubsidyKind kind, string kindWord, Once once, SubsidyApplication application)
                : base(binder)
            {
                Kind = kind;
                KindWord = kindWord;
                Once = once;
                Application = application;
            }

            public SubsidyKind Kind { get; }

            /// <summary>The kind as the plan writes it, e.g. <c>home-delivery-grant</c>.</summary>
            public string KindWord { get; }

            /// <summary>The header's <c>in</c> and <c>for</c> and each fact may be given once.</summary>
            public Once Once { get; }

            public SubsidyApplication Application { get; set; }

            public List<InvestmentGround> Grounds { get; } = new();

            public void Fact(FactStatementSyntax fact) => Binder.BindApplicationFact(this, fact.Fact);

            public SubsidyApplication Build() => Application with
            {
                Grounds = Grounds.ToValueList(),
                Exceptions = Exceptions,
                Notes = Notes,
            };
        }

        /// <summary>What the statements of a subsidy scheme have bound so far; one method per statement of <c>SchemeStatements</c>.</summary>
        internal sealed class SchemeBlock : BlockBinding
        {
            private readonly List<SchemeTerm> _terms = new();
            private SubsidyScheme _scheme;

            public SchemeBlock(PlanBinder binder, SubsidyScheme scheme)
                : base(binder)
            {
                _scheme = scheme;
            }

            public void Term(FactStatementSyntax term) => AddIfBound(_terms, Binder.BindTerm(term.Fact));

            public void Source(ValueStatementSyntax source) => _scheme = _scheme with { Source = Binder.Text(source.Value) };

            public void Description(ValueStatementSyntax description) => _scheme = _scheme with { Description = Binder.Text(description.Value) };

            public SubsidyScheme Build() => _scheme with { Terms = _terms.ToValueList(), Notes = Notes };
        }
    }
}
