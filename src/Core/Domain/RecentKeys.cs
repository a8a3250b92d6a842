using System.Collections.Immutable;

namespace Hive.Core.Domain;

/// <summary>
/// The last <see cref="Capacity"/> keys an aggregate has seen, oldest first: bounded idempotency for keys that are not
/// sequential (a client's transfer id, an order whose hold has closed). A repeat older than the window is no longer
/// recognised, so callers use it only where a repeat that late cannot happen or is harmless, and say so.
/// </summary>
public sealed record RecentKeys<T>(ImmutableList<T> Keys, int Capacity) where T : notnull
{
    public static RecentKeys<T> Empty(int capacity) => new(ImmutableList<T>.Empty, capacity);

    public bool Contains(T key) => Keys.Contains(key);

    public RecentKeys<T> Add(T key)
    {
        var keys = Keys.Add(key);
        return this with { Keys = keys.Count > Capacity ? keys.RemoveRange(0, keys.Count - Capacity) : keys };
    }
}
