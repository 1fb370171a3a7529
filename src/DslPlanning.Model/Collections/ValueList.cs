using System;
using System.Collections;
using System.Collections.Generic;

namespace DslPlanning.Model
{
    /// <summary>
    /// An immutable list with structural equality, so that records holding lists compare by value.
    /// </summary>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] _items;

        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        public ValueList(params T[] items)
        {
            _items = items ?? throw new ArgumentNullException(nameof(items));
        }

        public ValueList(IEnumerable<T> items)
            : this(new List<T>(items ?? throw new ArgumentNullException(nameof(items))).ToArray())
        {
        }

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public bool Equals(ValueList<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other._items.Length != _items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

        public override int GetHashCode()
        {
            var comparer = EqualityComparer<T>.Default;
            var hash = 17;
            foreach (var item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        public static bool operator ==(ValueList<T>? left, ValueList<T>? right) =>
            left is null ? right is null : left.Equals(right);

        public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }

    /// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
    public static class ValueList
    {
        public static ValueList<T> Of<T>(params T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);

        public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new ValueList<T>(items);
    }
}
