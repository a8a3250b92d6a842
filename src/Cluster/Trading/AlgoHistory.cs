using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Cluster.Trading;

/// <summary>
/// What a VWAP or implementation-shortfall parent learns at submit from the node's market-data lake, as
/// <c>hive execution simulate</c> learns it from its data: the instrument's finest series with bars before start, the bars
/// <see cref="ExecutionHistory"/> says the algorithm reads (a bounded read of the lake), reduced by
/// <see cref="ExecutionPlanner.Learn"/> to the <see cref="ScheduleBasis"/> the entity plans with. Null when the algorithm
/// learns nothing or its parameters do not parse (the entity then refuses them naming the field); a history that teaches
/// nothing (no bars, no volume) is an <see cref="ArgumentException"/> saying so.
/// </summary>
public sealed class AlgoHistory(string lakePath, InstrumentCatalog catalog)
{
    /// <summary>Finest first: an intraday profile needs intraday bars, and a volatility per bar is best learned from many.</summary>
    private static readonly BarInterval[] Intervals =
        [BarInterval.OneMinute, BarInterval.FiveMinutes, BarInterval.FifteenMinutes, BarInterval.OneHour, BarInterval.FourHours, BarInterval.OneDay];

    public async Task<ScheduleBasis?> LearnAsync(AlgoSpec spec, DateTime utcNow, CancellationToken ct)
    {
        if (spec.Type is not ("vwap" or "is") || !catalog.TryGet(spec.InstrumentId, out var instrument)) return null;
        ExecutionParameters parameters;
        try
        {
            parameters = ExecutionCatalog.Parse(spec.Type, spec.Side, spec.Quantity, spec.Start ?? utcNow, spec.End, spec.Parameters, instrument);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var lake = Directory.Exists(lakePath) ? new MarketDataLake(LakeLocation.Open(lakePath)) : null;
        foreach (var interval in lake is null ? [] : Intervals)
        {
            if (await lake!.FindSeriesAsync(instrument.Id, interval, ct) is not { } key) continue;
            var length = interval.ApproximateDuration;
            var history = ExecutionHistory.Before(parameters, await lake.ReadBarsAsync(key, ExecutionHistory.ReadFrom(parameters, length), parameters.Start, ct));
            if (history.Count > 0) return ExecutionPlanner.Learn(parameters, instrument, history, length);
        }
        throw new ArgumentException($"{spec.Type} learns from the market history before start, and the node's lake has no bars of {instrument.Id} before {parameters.Start:O} (import them with `hive data import`)");
    }
}
