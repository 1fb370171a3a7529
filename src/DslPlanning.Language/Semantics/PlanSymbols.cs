using System;
using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Syntax;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Language.Semantics
{
    /// <summary>The elements declared in one plan, by namespace and name, in declaration order.</summary>
    public sealed class PlanSymbols
    {
        private readonly Dictionary<(string Namespace, string Name), Symbol> _symbols = new();
        private readonly List<Symbol> _ordered = new();

        private PlanSymbols(string plan)
        {
            Plan = plan;
        }

        public string Plan { get; }

        public IReadOnlyList<Symbol> All => _ordered;

        public Symbol? Find(SymbolKind kind, string name) =>
            _symbols.TryGetValue((Symbol.Namespace(kind), name), out var symbol) && (symbol.Kind == kind) ? symbol : null;

        /// <summary>The symbol of that name in any of <paramref name="kinds"/>.</summary>
        public Symbol? Find(IEnumerable<SymbolKind> kinds, string name) =>
            kinds.Select(kind => Find(kind, name)).FirstOrDefault(symbol => symbol is not null);

        /// <summary>The symbols of that name in any namespace.</summary>
        public IEnumerable<Symbol> FindAnyKind(string name) => _ordered.Where(symbol => symbol.Name == name);

        public IEnumerable<Symbol> OfKind(SymbolKind kind) => _ordered.Where(symbol => symbol.Kind == kind);

        /// <summary>The plan as other plans see it.</summary>
        public PlanOutline ToOutline(string kindWord) => new(
            Plan, kindWord, _ordered.Select(symbol => new SymbolOutline(symbol.Kind, symbol.Name, symbol.Declaration.Title?.Value)).ToValueList());

        /// <summary>Collects the declarations of a plan, reporting names declared twice in one namespace.</summary>
        internal static PlanSymbols Collect(PlanSyntax plan, SourceText source, ICollection<Diagnostic> diagnostics)
        {
            var symbols = new PlanSymbols(plan.Name.Text);
            foreach (var declaration in plan.Body.OfType<DeclarationSyntax>())
            {
                symbols.Declare(declaration, source, diagnostics);
                if (declaration.Keyword.Text == "area")
                {
                    foreach (var member in declaration.Body.OfType<DeclarationSyntax>())
                    {
                        symbols.Declare(member, source, diagnostics);
                    }
                }
            }

            return symbols;
        }

        private void Declare(DeclarationSyntax declaration, SourceText source, ICollection<Diagnostic> diagnostics)
        {
            var kind = Symbol.KindOfKeyword(declaration.Keyword.Text);
            if (kind is null)
            {
                return;
            }

            var name = declaration.Name.Text;
            var key = (Symbol.Namespace(kind.Value), name);
            if (_symbols.TryGetValue(key, out var existing))
            {
                var line = source.GetLinePosition(existing.Declaration.Name.Span.Start).Line + 1;
                diagnostics.Add(Diagnostic.Create(
                    Diagnose.DuplicateName(KindNouns.BeforeName(kind.Value), name, Plan, line, earlierKind: existing.Kind == kind ? default(Phrase?) : KindNouns.WithArticle(existing.Kind)),
                    source.GetLocation(declaration.Name.Span)));
                return;
            }

            var symbol = new Symbol(kind.Value, Plan, name, declaration, source);
            _symbols.Add(key, symbol);
            _ordered.Add(symbol);
        }
    }
}
