using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DslPlanning.Language.Syntax
{
    /// <summary>Walks a syntax tree: a node's children are the nodes its record properties hold, directly or in lists.</summary>
    public static class SyntaxNodeWalker
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ChildProperties = new();

        /// <summary>The node and every node below it, parents before children, children in the order of the record's properties.</summary>
        public static IEnumerable<SyntaxNode> DescendantNodesAndSelf(this SyntaxNode root)
        {
            var stack = new Stack<SyntaxNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                yield return node;
                var children = ChildNodes(node).ToList();
                for (var index = children.Count - 1; index >= 0; index--)
                {
                    stack.Push(children[index]);
                }
            }
        }

        /// <summary>The statements of a plan and of every block in it, in source order.</summary>
        public static IEnumerable<StatementSyntax> Statements(this SyntaxTree tree) =>
            tree.Plans.SelectMany(plan => plan.DescendantNodesAndSelf()).OfType<StatementSyntax>();

        public static IEnumerable<SyntaxNode> ChildNodes(this SyntaxNode node)
        {
            foreach (var property in ChildProperties.GetOrAdd(node.GetType(), Properties))
            {
                switch (property.GetValue(node))
                {
                    case SyntaxNode child:
                        yield return child;
                        break;
                    case IEnumerable children and not string:
                        foreach (var item in children)
                        {
                            if (item is SyntaxNode child)
                            {
                                yield return child;
                            }
                        }

                        break;
                }
            }
        }

        private static PropertyInfo[] Properties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.GetIndexParameters().Length == 0
                    && (typeof(SyntaxNode).IsAssignableFrom(property.PropertyType)
                        || (typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string))))
                .ToArray();
    }
}
