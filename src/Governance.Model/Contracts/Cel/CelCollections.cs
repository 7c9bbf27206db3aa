using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Governance.Model.Contracts.Cel;

/// <summary>A CEL <c>list</c>: an ordered sequence of values of any types.</summary>
public abstract class CelList : CelValue
{
    private protected CelList()
    {
    }

    /// <inheritdoc />
    public override string TypeName => "list";

    /// <summary>Number of elements.</summary>
    public abstract int Count { get; }

    /// <summary>The element at <paramref name="index"/> (zero-based).</summary>
    /// <param name="index">Zero-based position.</param>
    public abstract CelValue this[int index] { get; }

    /// <summary>The elements in order.</summary>
    public IEnumerable<CelValue> Items
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }
    }

    /// <summary>A list holding <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public static CelList Of(IEnumerable<CelValue> items) => new CelArrayList([.. items]);

    /// <summary>The list as a CEL literal; very large lists are cut short with <c>…</c>.</summary>
    public override string ToString()
    {
        var text = new CelText(CelText.DisplayLimit);
        Render(text);
        return text.ToString();
    }

    internal override void Render(CelText text)
    {
        text.Append("[");
        for (var i = 0; i < Count && !text.Full; i++)
        {
            if (i > 0)
                text.Append(", ");
            this[i].Render(text);
        }

        text.Append("]");
    }
}

/// <summary>A CEL <c>map</c>; keys are <c>int</c>, <c>uint</c>, <c>bool</c> or <c>string</c>. JSON objects are maps.</summary>
public abstract class CelMap : CelValue
{
    private protected CelMap()
    {
    }

    /// <inheritdoc />
    public override string TypeName => "map";

    /// <summary>Number of entries.</summary>
    public abstract int Count { get; }

    /// <summary>The keys, in insertion (or document) order.</summary>
    public abstract IEnumerable<CelValue> Keys { get; }

    /// <summary>
    /// Looks a key up. Numeric keys match across <c>int</c>, <c>uint</c> and integral <c>double</c>
    /// (<c>{1: 'a'}[1u]</c> finds the entry), as the specification's heterogeneous equality requires.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value stored under the key, when found.</param>
    public abstract bool TryGetValue(CelValue key, [MaybeNullWhen(false)] out CelValue value);

    /// <summary>A map holding <paramref name="entries"/>.</summary>
    /// <param name="entries">The entries; keys must be of a key type and distinct.</param>
    /// <exception cref="ArgumentException">A key is not an int, uint, bool or string, or appears twice.</exception>
    public static CelMap Of(IEnumerable<KeyValuePair<CelValue, CelValue>> entries)
    {
        var map = new CelDictionaryMap();
        foreach (var (key, value) in entries)
        {
            if (!CelKeys.IsKeyType(key))
                throw new ArgumentException($"map keys must be int, uint, bool or string, not {key.TypeName}", nameof(entries));
            if (!map.TryAdd(key, value))
                throw new ArgumentException($"duplicate map key {key}", nameof(entries));
        }

        return map;
    }

    /// <summary>The map as a CEL literal; very large maps are cut short with <c>…</c>.</summary>
    public override string ToString()
    {
        var text = new CelText(CelText.DisplayLimit);
        Render(text);
        return text.ToString();
    }

    internal override void Render(CelText text)
    {
        text.Append("{");
        var first = true;
        foreach (var key in Keys)
        {
            if (text.Full)
                break;
            if (!first)
                text.Append(", ");
            first = false;
            key.Render(text);
            text.Append(": ");
            if (TryGetValue(key, out var value))
                value.Render(text);
        }

        text.Append("}");
    }
}

internal sealed class CelArrayList(ImmutableArray<CelValue> items) : CelList
{
    internal override long Weight { get; } = Math.Max(1, items.Sum(item => item.Weight));

    public override int Count => items.Length;

    public override CelValue this[int index] => items[index];
}

internal sealed class CelDictionaryMap : CelMap
{
    private readonly Dictionary<CelValue, CelValue> _entries = new(CelKeys.Comparer);
    private readonly List<CelValue> _order = [];
    private long _weight;

    internal override long Weight => Math.Max(1, _weight);

    public override int Count => _order.Count;

    public override IEnumerable<CelValue> Keys => _order;

    /// <summary>Adds an entry; false when an equal key is already present.</summary>
    public bool TryAdd(CelValue key, CelValue value)
    {
        if (!_entries.TryAdd(key, value))
            return false;
        _order.Add(key);
        _weight += value.Weight;
        return true;
    }

    public override bool TryGetValue(CelValue key, [MaybeNullWhen(false)] out CelValue value)
    {
        value = null;
        return CelKeys.Normalize(key) is { } normalized && _entries.TryGetValue(normalized, out value);
    }
}

/// <summary>Map-key rules shared by map literals, lookups and the <c>in</c> operator.</summary>
internal static class CelKeys
{
    public static IEqualityComparer<CelValue> Comparer { get; } = new KeyComparer();

    public static bool IsKeyType(CelValue key) => key is CelInt or CelUint or CelBool or CelString;

    /// <summary>A key as stored in a map, or null when no map can hold it (an integral double becomes an int).</summary>
    public static CelValue? Normalize(CelValue key) => key switch
    {
        CelInt or CelUint or CelBool or CelString => key,
        CelDouble { Value: var d } when Math.Floor(d) == d && d >= long.MinValue && d < 9.2233720368547758E18 => new CelInt((long)d),
        CelDouble { Value: var d } when Math.Floor(d) == d && d >= 0 && d < 1.8446744073709552E19 => new CelUint((ulong)d),
        _ => null,
    };

    private sealed class KeyComparer : IEqualityComparer<CelValue>
    {
        public bool Equals(CelValue? x, CelValue? y) => x is not null && y is not null && CelEquality.AreEqual(x, y);

        // Equal int and uint keys must hash alike, so both hash through their numeric value.
        public int GetHashCode(CelValue key) => key switch
        {
            CelInt i => i.Value.GetHashCode(),
            CelUint u when u.Value <= long.MaxValue => ((long)u.Value).GetHashCode(),
            CelUint u => u.Value.GetHashCode(),
            CelString s => StringComparer.Ordinal.GetHashCode(s.Value),
            CelBool b => b.Value ? 1 : 0,
            _ => 0,
        };
    }
}
