using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Storage;

namespace Hive.Data.Lake;

/// <summary>Appends trade and quote ticks to the lake, one new part per instrument and year per call. Ticks are
/// recorded as they come (a feed recorder); unlike bars they are not deduplicated, since two identical prints at
/// the same millisecond are legitimate.</summary>
public sealed class TickLake(IObjectStore store)
{
    public async Task<int> AppendTradesAsync(AssetClass assetClass, IReadOnlyList<TradeTick> trades, CancellationToken cancellationToken = default)
    {
        foreach (var group in trades.GroupBy(t => (t.Instrument, t.Time.Year)))
        {
            var ordered = group.OrderBy(t => t.Time).ToList();
            var key = TickParquet.Folder(TickParquet.TradesRoot, assetClass, group.Key.Instrument, group.Key.Year) + PartName();
            await store.WriteAsync(key, await TickParquet.WriteTradesAsync(ordered, cancellationToken), cancellationToken);
        }
        return trades.Count;
    }

    public async Task<int> AppendQuotesAsync(AssetClass assetClass, IReadOnlyList<QuoteTick> quotes, CancellationToken cancellationToken = default)
    {
        foreach (var group in quotes.GroupBy(q => (q.Instrument, q.Time.Year)))
        {
            var ordered = group.OrderBy(q => q.Time).ToList();
            var key = TickParquet.Folder(TickParquet.QuotesRoot, assetClass, group.Key.Instrument, group.Key.Year) + PartName();
            await store.WriteAsync(key, await TickParquet.WriteQuotesAsync(ordered, cancellationToken), cancellationToken);
        }
        return quotes.Count;
    }

    private static string PartName() => $"part-{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid().ToString("N")[..8]}.parquet";
}
