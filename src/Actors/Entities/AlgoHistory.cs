using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Actors.Entities;

/// <summary>
/// What a VWAP or implementation-shortfall parent learns from its node's market-data lake when its entity takes the
/// submission (from the API or a strategy alike), as <c>hive execution simulate</c> learns it from its data: the
/// instrument's finest series with bars before start, the bars <see cref="ExecutionHistory"/> says the algorithm reads (a
/// bounded read of the lake), reduced by <see cref="ExecutionPlanner.Learn"/> to the <see cref="ScheduleBasis"/> the entity
/// plans with. Null when its parameters do not parse (the entity then refuses them naming the field); a history that
/// teaches nothing (no lake, no bars, no volume) is an <see cref="ArgumentException"/> saying so.
/// </summary>
public sealed class AlgoHistory(string? lakePath, InstrumentCatalog catalog)
{
    /// <summary>Finest first: an intraday profile needs intraday bars, and a volatility per bar is best learned from many.</summary>
    private static readonly BarInterval[] Intervals =
        [BarInterval.OneMinute, BarInterval.FiveMinutes, BarInterval.FifteenMinutes, BarInterval.OneHour, BarInterval.FourHours, BarInterval.OneDay];

    /// <summary>Whether the parent's algorithm learns from the history before start, so its entity must ask the lake first.</summary>
    public static bool Learns(AlgoSpec spec) => ExecutionCatalog.AlgorithmOf(spec.Type) is { } algorithm && ExecutionPlanner.Learns(algorithm);

    public async Task<ScheduleBasis?> LearnAsync(AlgoSpec spec, DateTime utcNow, CancellationToken ct)
    {
        if (!Learns(spec) || !catalog.TryGet(spec.InstrumentId, out var instrument)) return null;
        ExecutionParameters parameters;
        try
        {
            parameters = ExecutionCatalog.Parse(spec.Type, spec.Side, spec.Quantity, spec.Start ?? utcNow, spec.End, spec.Parameters, instrument);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var lake = lakePath is not null && Directory.Exists(lakePath) ? new MarketDataLake(LakeLocation.Open(lakePath)) : null;
        foreach (var interval in lake is null ? [] : Intervals)
        {
            if (await lake!.FindSeriesAsync(instrument.Id, interval, ct) is not { } key) continue;
            var series = await lake.ReadBarsAsync(key, ExecutionHistory.ReadFrom(parameters, interval.ApproximateDuration), parameters.Start, ct);
            if (ExecutionHistory.Learn(parameters, instrument, series) is { } basis) return basis;
        }
        throw new ArgumentException($"{ExecutionHistory.Missing(parameters, instrument.Id, "the node's lake")} (import them with `hive data import`)");
    }
}
