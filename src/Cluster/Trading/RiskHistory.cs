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
/// </summary>
public sealed class RiskHistory(string lakePath)
{
    public static readonly InstrumentId StockProxy = SampleData.Spx;

    private static readonly Lazy<BarSeries> BundledSpx = new(BacktestBars.Spx);

    /// <summary>Daily bars of <paramref name="instrument"/> in [from, to); empty when neither the lake nor the bundle has any.</summary>
    public async Task<BarSeries> DailyAsync(InstrumentId instrument, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var series = Directory.Exists(lakePath)
            ? await new MarketDataLake(LakeLocation.Open(lakePath)).ReadBarsAsync(instrument, BarInterval.OneDay, from, to, ct)
            : BarSeries.Empty(instrument, BarInterval.OneDay);
        if (series.Count > 0 || instrument != SampleData.Spx) return series;
        var bundled = BundledSpx.Value;
        var first = from is { } f ? bundled.LowerBound(BarSeries.ToUnixMs(f)) : 0;
        var last = to is { } t ? bundled.LowerBound(BarSeries.ToUnixMs(t)) : bundled.Count;
        return bundled.Slice(first, Math.Max(0, last - first));
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

    private Task<BarSeries> WindowAsync(InstrumentId instrument, DateOnly from, DateOnly to, CancellationToken ct) =>
        DailyAsync(instrument, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), ct);
}
