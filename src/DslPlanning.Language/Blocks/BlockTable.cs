using System.Collections.Generic;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Parsing;
using DslPlanning.Language.Syntax;
using DslPlanning.Model;

namespace DslPlanning.Language.Blocks
{
    /// <summary>
    /// The statements a kind of block accepts. The grammar (<see cref="Grammar"/>), the binder, the SP1009 check, the
    /// keywords SP0002 lists and the statement lists of docs/language.md all read it.
    /// </summary>
    internal abstract class BlockTable
    {
        private BlockGrammar? _grammar;

        protected BlockTable(string name, Phrase noun, Phrase fallbackName)
        {
            Name = name;
            Noun = noun;
            FallbackName = fallbackName;
        }

        /// <summary>The block's keyword, e.g. <c>area</c>.</summary>
        public string Name { get; }

        /// <summary>How messages name the block, in English, e.g. "an area" (<see cref="Noun"/> in both languages).</summary>
        public string Description => Noun.English;

        /// <summary>How messages name the block, in both languages: "an area" / "ett insatsområde".</summary>
        public Phrase Noun { get; }

        /// <summary>What a statement parsed by <see cref="Fallback"/> is called in messages: "the fact" / "uppgiften", "the term" / "villkoret".</summary>
        public Phrase FallbackName { get; }

        public abstract IReadOnlyList<StatementEntry> Statements { get; }

        /// <summary>The statement whose first word is not a keyword (the facts of a subsidy, the terms of a scheme), if any.</summary>
        public abstract StatementEntry? Fallback { get; }

        /// <summary>The block's grammar, made on first use (declarations and blocks refer to each other).</summary>
        public BlockGrammar Grammar => System.Threading.LazyInitializer.EnsureInitialized(ref _grammar, () => new BlockGrammar(
            Noun,
            Statements.Select(statement => (statement.Keyword, statement.Grammar)),
            Fallback?.Grammar,
            FallbackName))!;
    }

    /// <summary>A block's statements, bound by a <typeparamref name="TBlock"/>.</summary>
    internal sealed class BlockTable<TBlock> : BlockTable
    {
        private readonly Dictionary<string, StatementEntry<TBlock>> _byKeyword;
        private readonly StatementEntry<TBlock>[] _statements;
        private readonly StatementEntry<TBlock>? _fallback;

        public BlockTable(string name, Phrase noun, StatementEntry<TBlock>[] statements, StatementEntry<TBlock>? fallback = null, Phrase? fallbackName = null)
            : base(name, noun, fallbackName ?? Phrase.Of("the statement", "satsen"))
        {
            _statements = statements;
            _fallback = fallback;
            _byKeyword = statements.ToDictionary(statement => statement.Keyword, System.StringComparer.Ordinal);
        }

        public override IReadOnlyList<StatementEntry> Statements => _statements;

        public override StatementEntry? Fallback => _fallback;

        /// <summary>The entry that parsed <paramref name="statement"/>: by its keyword, else the fallback for a fact or term.</summary>
        public StatementEntry<TBlock>? Find(StatementSyntax statement) =>
            _byKeyword.TryGetValue(statement.Keyword.Text, out var entry) ? entry : statement is FactStatementSyntax ? _fallback : null;
    }
}
