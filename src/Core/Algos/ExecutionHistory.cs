using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>
/// Which bars before start an algorithm learns from: the simulator takes them from its data, a cluster node from its lake.
/// Only bars that closed by start count, and only as many as the algorithm reads: implementation shortfall its
/// <c>lookback</c> bars (and one before, for the first return), VWAP over intraday bars the last 2·lookback + 7 days (enough
/// days with volume across weekends), VWAP over daily bars the whole series (its windows reach back as far as they go).
/// </summary>
public static class ExecutionHistory
{
    /// <summary>The bars of <paramref name="series"/> the algorithm learns from, oldest first, among its first
    /// <paramref name="known"/> bars (all of them when null: a host that has seen only some, a backtest, passes how many).</summary>
    public static IReadOnlyList<Bar> Before(ExecutionParameters parameters, BarSeries series, int? known = null)
    {
        var interval = series.Interval.ApproximateDuration;
        var first = Math.Min(series.LowerBound(BarSeries.ToUnixMs(parameters.Start)), known ?? series.Count);
        var history = new List<Bar>();
        for (var i = Start(parameters, series, first, interval); i < first; i++)
            if (series.TimeAt(i) + interval <= parameters.Start) history.Add(series.ToBar(i));
        return history;
    }

    /// <summary>What the algorithm learns (<see cref="ExecutionPlanner.Learn"/>) from the bars <see cref="Before"/> takes; null when
    /// none closed by start.</summary>
    public static ScheduleBasis? Learn(ExecutionParameters parameters, Instrument instrument, BarSeries series, int? known = null)
    {
        var history = Before(parameters, series, known);
        return history.Count == 0 ? null : ExecutionPlanner.Learn(parameters, instrument, history, series.Interval.ApproximateDuration);
    }

    /// <summary>Why a parent that learns from history is refused when <paramref name="source"/> (the node's lake, the backtest's
    /// data) has no bars of its instrument before start.</summary>
    public static string Missing(ExecutionParameters parameters, InstrumentId instrument, string source) =>
        $"{ExecutionCatalog.NameOf(parameters.Algorithm)} learns from the market history before start, and {source} has no bars of {instrument} before {parameters.Start:O}";

    /// <summary>Where a read of bars of length <paramref name="interval"/> can begin and still hold what <see cref="Before"/>
    /// takes (null: from the first bar). Implementation shortfall reads three times its lookback and a week more, for gaps.</summary>
    public static DateTime? ReadFrom(ExecutionParameters parameters, TimeSpan interval) => parameters.Algorithm switch
    {
        ExecutionAlgorithm.ImplementationShortfall => parameters.Start - interval * (3 * (parameters.Lookback + 1)) - TimeSpan.FromDays(7),
        ExecutionAlgorithm.Vwap when interval < TimeSpan.FromDays(1) => IntradayVwapFrom(parameters),
        ExecutionAlgorithm.Vwap => null,
        _ => parameters.Start - 2 * interval,
    };

    private static int Start(ExecutionParameters parameters, BarSeries series, int first, TimeSpan interval) => parameters.Algorithm switch
    {
        ExecutionAlgorithm.ImplementationShortfall => Math.Max(0, first - parameters.Lookback - 1),
        ExecutionAlgorithm.Vwap when interval < TimeSpan.FromDays(1) => series.LowerBound(BarSeries.ToUnixMs(IntradayVwapFrom(parameters))),
        ExecutionAlgorithm.Vwap => 0,
        _ => Math.Max(0, first - 1),
    };

    private static DateTime IntradayVwapFrom(ExecutionParameters parameters) => parameters.Start.AddDays(-(2 * parameters.Lookback + 7));
}
