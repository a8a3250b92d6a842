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
    /// <summary>The bars of <paramref name="series"/> the algorithm learns from, oldest first.</summary>
    public static IReadOnlyList<Bar> Before(ExecutionParameters parameters, BarSeries series)
    {
        var interval = series.Interval.ApproximateDuration;
        var first = series.LowerBound(BarSeries.ToUnixMs(parameters.Start));
        var history = new List<Bar>();
        for (var i = Start(parameters, series, first, interval); i < first; i++)
            if (series.TimeAt(i) + interval <= parameters.Start) history.Add(series.ToBar(i));
        return history;
    }

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
