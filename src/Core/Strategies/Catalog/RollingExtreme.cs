namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// The highest (or lowest) of the last <see cref="Period"/> decimal values, exact, in amortised O(1) per value with a
/// monotonic queue of (index, value) pairs: a value that can never again be the extreme is dropped on arrival.
/// </summary>
public sealed class RollingExtreme
{
    private readonly LinkedList<(long Index, decimal Value)> _candidates = new();
    private readonly bool _highest;
    private long _count;

    public RollingExtreme(int period, bool highest)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "window must be at least 1");
        Period = period;
        _highest = highest;
    }

    public int Period { get; }

    public bool IsReady => _count >= Period;

    /// <summary>The extreme of the window; meaningful once <see cref="IsReady"/>.</summary>
    public decimal Value => _candidates.Count == 0 ? 0m : _candidates.First!.Value.Value;

    public void Add(decimal value)
    {
        while (_candidates.Count > 0 && (_highest ? _candidates.Last!.Value.Value <= value : _candidates.Last!.Value.Value >= value))
            _candidates.RemoveLast();
        _candidates.AddLast((_count, value));
        _count++;
        while (_candidates.First!.Value.Index <= _count - 1 - Period) _candidates.RemoveFirst();
    }
}
