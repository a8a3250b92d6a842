using System.IO.Compression;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Parquet;
using Parquet.Schema;

namespace Hive.Data.Lake;

/// <summary>Part file formats for ticks, partitioned like bars but without an interval:
/// <c>trades/asset_class=/venue=/symbol=/year=/</c> with <c>ts_ms price size trade_id</c>, and
/// <c>quotes/...</c> with <c>ts_ms bid_price bid_size ask_price ask_size</c>.</summary>
public static class TickParquet
{
    public const string TradesRoot = "trades/";
    public const string QuotesRoot = "quotes/";

    private static readonly DataField<long> Time = new("ts_ms");
    private static readonly DataField<double> Price = new("price");
    private static readonly DataField<double> Size = new("size");
    private static readonly DataField<string> TradeId = new("trade_id");
    private static readonly DataField<double> BidPrice = new("bid_price");
    private static readonly DataField<double> BidSize = new("bid_size");
    private static readonly DataField<double> AskPrice = new("ask_price");
    private static readonly DataField<double> AskSize = new("ask_size");
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy, CompressionLevel = CompressionLevel.Fastest };

    public static string Folder(string root, AssetClass assetClass, Core.Ids.InstrumentId instrument, int year) =>
        $"{root}asset_class={SeriesKey.AssetClassName(assetClass)}/venue={instrument.Venue}/symbol={instrument.Symbol}/year={year}/";

    public static async Task<byte[]> WriteTradesAsync(IReadOnlyList<TradeTick> trades, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(Time, Price, Size, TradeId), buffer, Options, cancellationToken: cancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Time, Column(trades.Select(t => BarSeries.ToUnixMs(t.Time))), cancellationToken: cancellationToken);
            await group.WriteAsync(Price, Column(trades.Select(t => (double)t.Price)), cancellationToken: cancellationToken);
            await group.WriteAsync(Size, Column(trades.Select(t => (double)t.Size)), cancellationToken: cancellationToken);
            await group.WriteAsync(TradeId, trades.Select(t => t.TradeId).ToArray());
        }
        return buffer.ToArray();
    }

    public static async Task<byte[]> WriteQuotesAsync(IReadOnlyList<QuoteTick> quotes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(Time, BidPrice, BidSize, AskPrice, AskSize), buffer, Options, cancellationToken: cancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Time, Column(quotes.Select(q => BarSeries.ToUnixMs(q.Time))), cancellationToken: cancellationToken);
            await group.WriteAsync(BidPrice, Column(quotes.Select(q => (double)q.BidPrice)), cancellationToken: cancellationToken);
            await group.WriteAsync(BidSize, Column(quotes.Select(q => (double)q.BidSize)), cancellationToken: cancellationToken);
            await group.WriteAsync(AskPrice, Column(quotes.Select(q => (double)q.AskPrice)), cancellationToken: cancellationToken);
            await group.WriteAsync(AskSize, Column(quotes.Select(q => (double)q.AskSize)), cancellationToken: cancellationToken);
        }
        return buffer.ToArray();
    }

    private static ReadOnlyMemory<T> Column<T>(IEnumerable<T> values) => new(values.ToArray());
}
