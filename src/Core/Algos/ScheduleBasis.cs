namespace Hive.Core.Algos;

/// <summary>
/// What a schedule learned from the market history before start, in its smallest form: the bar length, and for VWAP the
/// volume profile (intraday bars) or the summed share of each window bar (daily bars), for implementation shortfall the
/// last price, average volume and volatility. A cluster node learns it from its lake and hands it to the parent's entity,
/// which plans with it (the history itself, thousands of bars, never crosses the wire).
/// </summary>
public sealed record ScheduleBasis(TimeSpan Interval)
{
    /// <summary>No history: enough for TWAP, POV and iceberg, which learn nothing before start.</summary>
    public static readonly ScheduleBasis None = new(TimeSpan.FromMinutes(1));

    /// <summary>VWAP over intraday bars: the average share of a day's volume per time of day.</summary>
    public VolumeProfile? Profile { get; init; }

    /// <summary>VWAP over daily bars: for bar k of the window, the share of volume the k-th bar carried, summed over the windows learned from.</summary>
    public IReadOnlyList<decimal>? WindowShares { get; init; }

    /// <summary>Implementation shortfall: what the volatility and the default impact are learned from.</summary>
    public MarketHistory? Market { get; init; }
}
