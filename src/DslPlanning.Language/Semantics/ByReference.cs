using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DslPlanning.Language.Semantics
{
    /// <summary>
    /// Compares by reference: model records compare by value, and two equal elements in different places of a plan are
    /// still two elements.
    /// </summary>
    internal sealed class ByReference<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ByReference<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
