using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Data.Analytics;

/// <summary>
/// The SQL views over the lake. Each view reads an explicit list of Parquet files (local paths; S3 objects are
/// first downloaded to a local cache because DuckDB's httpfs extension cannot be installed offline), with Hive
/// partitioning turning folder names back into columns. An empty lake still has the views, with no rows.
/// <list type="bullet">
/// <item><c>bars(ts, symbol, venue, open, high, low, close, volume, asset_class, interval, year)</c></item>
/// <item><c>trades(ts, symbol, venue, price, size, trade_id, asset_class, year)</c></item>
/// <item><c>quotes(ts, symbol, venue, bid_price, bid_size, ask_price, ask_size, asset_class, year)</c></item>
/// </list>
/// and <see cref="BacktestTable"/> adds <c>backtests</c>; <see cref="Catalog"/> lists all four for help texts.
/// </summary>
public static class LakeViews
{
    /// <summary>Every view a DuckDB session over the lake has, with its columns in words.</summary>
    public static readonly IReadOnlyList<(string Name, string Columns)> Catalog =
    [
        ("bars", "ts, symbol, venue, open, high, low, close, volume, asset_class, interval, year"),
        ("trades", "ts, symbol, venue, price, size, trade_id, asset_class, year"),
        ("quotes", "ts, symbol, venue, bid_price, bid_size, ask_price, ask_size, asset_class, year"),
        ("backtests", "one row per run of hive backtest, sweep and walk-forward: batch, kind, strategy, created_at, run, parameters, " +
                      string.Join(", ", Core.Backtesting.BacktestCsv.MetricColumns) + ", error"),
    ];

    // Explicit partition types: auto-detection would turn a numeric symbol (e.g. a CUSIP-like "1234") into a number.
    private const string BarPartitionTypes = "hive_types={'asset_class': VARCHAR, 'venue': VARCHAR, 'symbol': VARCHAR, 'interval': VARCHAR, 'year': INTEGER}";
    private const string TickPartitionTypes = "hive_types={'asset_class': VARCHAR, 'venue': VARCHAR, 'symbol': VARCHAR, 'year': INTEGER}";

    public static async Task<IReadOnlyList<string>> DefinitionsAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var bars = await LocalFilesAsync(store, SeriesKey.BarsRoot, cancellationToken);
        var trades = await LocalFilesAsync(store, TickParquet.TradesRoot, cancellationToken);
        var quotes = await LocalFilesAsync(store, TickParquet.QuotesRoot, cancellationToken);
        return
        [
            bars.Count == 0
                ? "CREATE OR REPLACE VIEW bars AS SELECT NULL::TIMESTAMP AS ts, NULL::VARCHAR AS symbol, NULL::VARCHAR AS venue, NULL::DOUBLE AS open, NULL::DOUBLE AS high, NULL::DOUBLE AS low, NULL::DOUBLE AS close, NULL::DOUBLE AS volume, NULL::VARCHAR AS asset_class, NULL::VARCHAR AS \"interval\", NULL::INTEGER AS year WHERE false"
                : $"CREATE OR REPLACE VIEW bars AS SELECT epoch_ms(ts_ms) AS ts, symbol, venue, open, high, low, close, volume, asset_class, \"interval\", year FROM read_parquet({List(bars)}, hive_partitioning=true, {BarPartitionTypes})",
            trades.Count == 0
                ? "CREATE OR REPLACE VIEW trades AS SELECT NULL::TIMESTAMP AS ts, NULL::VARCHAR AS symbol, NULL::VARCHAR AS venue, NULL::DOUBLE AS price, NULL::DOUBLE AS size, NULL::VARCHAR AS trade_id, NULL::VARCHAR AS asset_class, NULL::INTEGER AS year WHERE false"
                : $"CREATE OR REPLACE VIEW trades AS SELECT epoch_ms(ts_ms) AS ts, symbol, venue, price, size, trade_id, asset_class, year FROM read_parquet({List(trades)}, hive_partitioning=true, {TickPartitionTypes})",
            quotes.Count == 0
                ? "CREATE OR REPLACE VIEW quotes AS SELECT NULL::TIMESTAMP AS ts, NULL::VARCHAR AS symbol, NULL::VARCHAR AS venue, NULL::DOUBLE AS bid_price, NULL::DOUBLE AS bid_size, NULL::DOUBLE AS ask_price, NULL::DOUBLE AS ask_size, NULL::VARCHAR AS asset_class, NULL::INTEGER AS year WHERE false"
                : $"CREATE OR REPLACE VIEW quotes AS SELECT epoch_ms(ts_ms) AS ts, symbol, venue, bid_price, bid_size, ask_price, ask_size, asset_class, year FROM read_parquet({List(quotes)}, hive_partitioning=true, {TickPartitionTypes})",
        ];
    }

    private static async Task<List<string>> LocalFilesAsync(IObjectStore store, string root, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var item in await store.ListAsync(root, cancellationToken))
            if (item.Key.EndsWith(".parquet", StringComparison.Ordinal))
                files.Add(await store.GetLocalPathAsync(item.Key, cancellationToken));
        return files;
    }

    private static string List(IEnumerable<string> paths) =>
        "[" + string.Join(", ", paths.Select(p => "'" + p.Replace("'", "''", StringComparison.Ordinal) + "'")) + "]";
}
