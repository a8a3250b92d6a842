using System.Collections.Concurrent;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Risk;
using Hive.Data.Lake;
using Hive.Data.Storage;
using Hive.Data.Samples;

namespace Hive.Cluster.Trading;

/// <summary>
/// The daily closes the node's risk analytics read: the lake's 1d series of an instrument, SIM:SPX falling back to the
/// bundled S&amp;P 500 (as <c>hive backtest</c> does) so that a node that imported no samples can still stress its stock
/// positions. A stock without history of its own in a window follows SIM:SPX, a proxy of beta 1: the only stock series
/// that reaches back to 2008.
/// <para>Each instrument's series is read from the lake once and kept, with the lake's version of it (its parts' names and
/// sizes, <see cref="MarketDataLake.SeriesVersionAsync"/>): a call lists the series' folder, which reads no bars, and reads
/// the series again only when new bars (or a compaction) changed it. So <c>GET /api/risk/{account}</c> costs a listing per
/// position, not a Parquet read, and never answers from bars older than the lake's. At most <see cref="MaxCachedSeries"/>
/// instruments are kept (a daily series of 20 years is about 5,000 bars); beyond that the least recently used goes.</para>
/// </summary>
public sealed class RiskHistory(IObjectStore store)
{
    public const int MaxCachedSeries = 256;

    public static readonly InstrumentId StockProxy = SampleData.Spx;

    private static readonly Lazy<BarSeries> BundledSpx = new(BacktestBars.Spx);

    private readonly ConcurrentDictionary<InstrumentId, CachedSeries> _cache = new();
    private long _lakeReads;
    private long _uses;

    /// <summary>How many times a series was read from the lake (not from the cache).</summary>
    public long LakeReads => Interlocked.Read(ref _lakeReads);

    /// <summary>Daily bars of <paramref name="instrument"/> in [from, to); empty when neither the lake nor the bundle has any.</summary>
    public async Task<BarSeries> DailyAsync(InstrumentId instrument, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var series = await LakeDailyAsync(instrument, ct);
        if (series.Count == 0 && instrument == SampleData.Spx) series = BundledSpx.Value;
        var first = from is { } f ? series.LowerBound(BarSeries.ToUnixMs(f)) : 0;
        var last = to is { } t ? series.LowerBound(BarSeries.ToUnixMs(t)) : series.Count;
        return first == 0 && last == series.Count ? series : series.Slice(first, Math.Max(0, last - first));
    }

    /// <summary>The path a position follows through a historical window: its own closes, else (a stock) the proxy's, else none.</summary>
    public async Task<PricePath?> PathAsync(MarkedPosition position, StressScenario window, CancellationToken ct)
    {
        var (from, to) = (window.From!.Value, window.To!.Value);
        if (PricePath.Of(await WindowAsync(position.Instrument, from, to, ct), from, to) is { } own) return own;
        if (position.AssetClass != AssetClass.Stock || position.Instrument == StockProxy) return null;
        return PricePath.Of(await WindowAsync(StockProxy, from, to, ct), from, to) is { } proxy
            ? proxy with { Source = $"{StockProxy} (proxy for stocks)" }
            : null;
    }

    /// <summary>Where the series are read from: a folder or <c>s3://bucket/prefix</c>.</summary>
    public string Location => store.Location;

    /// <summary>Every scenario run on the positions and the cash beside them, each historical window on the paths its positions
    /// follow (<see cref="PathAsync"/>).</summary>
    public async Task<IReadOnlyList<StressResult>> StressAsync(IReadOnlyList<MarkedPosition> positions, IReadOnlyDictionary<string, decimal> cash,
        IReadOnlyList<StressScenario> scenarios, CancellationToken ct)
    {
        var results = new List<StressResult>(scenarios.Count);
        foreach (var scenario in scenarios)
        {
            var paths = new Dictionary<InstrumentId, PricePath?>();
            if (scenario.IsHistorical)
                foreach (var p in positions) paths[p.Instrument] = await PathAsync(p, scenario, ct);
            results.Add(StressTest.Run(scenario, positions, p => paths.GetValueOrDefault(p.Instrument), cash));
        }
        return results;
    }

    private Task<BarSeries> WindowAsync(InstrumentId instrument, DateOnly from, DateOnly to, CancellationToken ct) =>
        DailyAsync(instrument, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), ct);

    /// <summary>The lake's whole daily series of the instrument, from the cache while the lake's version of it is the one read.</summary>
    private async Task<BarSeries> LakeDailyAsync(InstrumentId instrument, CancellationToken ct)
    {
        var lake = new MarketDataLake(store);
        if (await lake.SeriesVersionAsync(instrument, BarInterval.OneDay, ct) is not { } version)
        {
            _cache.TryRemove(instrument, out _);
            return BarSeries.Empty(instrument, BarInterval.OneDay);
        }
        var use = Interlocked.Increment(ref _uses);
        if (_cache.TryGetValue(instrument, out var cached) && cached.Version == version)
        {
            _cache[instrument] = cached with { LastUse = use };
            return cached.Series;
        }
        Interlocked.Increment(ref _lakeReads);
        // Read after the version was taken: bars appended in between make the next call's version differ, so it reads again.
        var series = await lake.ReadBarsAsync(instrument, BarInterval.OneDay, null, null, ct);
        if (!_cache.ContainsKey(instrument) && _cache.Count >= MaxCachedSeries && _cache.MinBy(kv => kv.Value.LastUse) is var (oldest, _))
            _cache.TryRemove(oldest, out _);
        _cache[instrument] = new CachedSeries(version, series, use);
        return series;
    }

    private sealed record CachedSeries(string Version, BarSeries Series, long LastUse);
}
