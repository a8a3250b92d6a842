using System.Collections.Immutable;

namespace Hive.Core.Domain;

/// <summary>
/// The last <see cref="Capacity"/> keys an aggregate has seen, oldest first: bounded idempotency for keys that are not
/// sequential (a client's transfer id, an order whose hold has closed). A repeat older than the window is no longer
/// recognised, so callers use it only where a repeat that late cannot happen or is harmless, and say so.
/// <see cref="Contains"/> is a hash lookup (the account asks it for every hold); only <see cref="Keys"/> is stored.
/// </summary>
public sealed record RecentKeys<T> where T : notnull
{
    private readonly ImmutableList<T> _keys = ImmutableList<T>.Empty;
    // How often each key occurs in the window (a key added twice stays known until its last occurrence leaves).
    private readonly ImmutableDictionary<T, int> _counts = ImmutableDictionary<T, int>.Empty;

    public RecentKeys(ImmutableList<T> keys, int capacity)
    {
        Keys = keys;
        Capacity = capacity;
    }

    private RecentKeys(ImmutableList<T> keys, ImmutableDictionary<T, int> counts, int capacity)
    {
        _keys = keys;
        _counts = counts;
        Capacity = capacity;
    }

    public ImmutableList<T> Keys
    {
        get => _keys;
        init
        {
            _keys = value;
            _counts = value.GroupBy(k => k).ToImmutableDictionary(g => g.Key, g => g.Count());
        }
    }

    public int Capacity { get; init; }

    public static RecentKeys<T> Empty(int capacity) => new(ImmutableList<T>.Empty, capacity);

    public bool Contains(T key) => _counts.ContainsKey(key);

    public RecentKeys<T> Add(T key)
    {
        var keys = _keys.Add(key);
        var counts = _counts.SetItem(key, _counts.GetValueOrDefault(key) + 1);
        while (keys.Count > Capacity)
        {
            var oldest = keys[0];
            keys = keys.RemoveAt(0);
            var left = counts[oldest] - 1;
            counts = left == 0 ? counts.Remove(oldest) : counts.SetItem(oldest, left);
        }
        return new RecentKeys<T>(keys, counts, Capacity);
    }
}
