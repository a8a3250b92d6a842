using System.Text;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Data.Samples;

/// <summary>
/// The bundled data set, imported on first run: the real S&amp;P 500 daily series as <c>SIM:SPX</c> (1d), the
/// monthly closes of MSFT, AMZN, IBM, GOOG and AAPL as <c>SIM:&lt;SYMBOL&gt;</c> (1mo), and two seeded synthetic
/// hourly series, <c>SIMX:BTC-USDT</c> (crypto, 24/7) and <c>SIMFX:EUR-USD</c> (forex, 24/5), marked synthetic.
/// The CSV files are embedded in this assembly (copied from sample-data/, see its NOTICE.md), so an installed
/// node needs no repository checkout. Every step is idempotent: running it again writes nothing.
/// </summary>
public static class SampleData
{
    public const string SpxResource = "Hive.Data.Samples.sp500-daily.csv";
    public const string MonthlyResource = "Hive.Data.Samples.stocks-monthly.csv";
    public static readonly InstrumentId Spx = new("SIM", "SPX");
    public static readonly InstrumentId Bitcoin = new("SIMX", "BTC-USDT");
    public static readonly InstrumentId EuroDollar = new("SIMFX", "EUR-USD");
    public static readonly DateTime SyntheticFrom = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime SyntheticTo = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public const int Seed = 20240101;

    /// <summary>Imports everything into the lake at <paramref name="lakeLocation"/> (folder or s3://...).</summary>
    public static async Task<IReadOnlyList<SampleImportResult>> EnsureImportedAsync(string lakeLocation, S3Settings? s3 = null, CancellationToken cancellationToken = default) =>
        await EnsureImportedAsync(new MarketDataLake(LakeLocation.Open(lakeLocation, s3)), cancellationToken);

    public static async Task<IReadOnlyList<SampleImportResult>> EnsureImportedAsync(MarketDataLake lake, CancellationToken cancellationToken = default)
    {
        var results = new List<SampleImportResult>();
        var importer = new BarImporter(lake);
        var spx = await importer.ImportAsync(ReadResource(SpxResource), "sp500-daily.csv",
            new ImportRequest(Spx, AssetClass.Stock, BarInterval.OneDay, ImportFormat.Csv, Repair: RepairPolicy.Drop,
                Metadata: new SeriesMetadata(false, "sp500-daily.csv (vega-datasets, Yahoo Finance)")), cancellationToken: cancellationToken);
        results.Add(SampleImportResult.From(spx));

        foreach (var (symbol, csv) in SplitMonthly(ReadResource(MonthlyResource)))
        {
            var report = await importer.ImportAsync(csv, $"stocks-monthly.csv[{symbol}]",
                new ImportRequest(new InstrumentId("SIM", symbol), AssetClass.Stock, BarInterval.OneMonth, ImportFormat.Csv,
                    ColumnMapping.Parse("ts=date,close=price"), RepairPolicy.Drop, new SeriesMetadata(false, "stocks-monthly.csv (vega-datasets)")), cancellationToken: cancellationToken);
            results.Add(SampleImportResult.From(report));
        }

        results.Add(await AppendSyntheticAsync(lake, new SyntheticSeriesSpec(Bitcoin, AssetClass.Crypto, BarInterval.OneHour,
            SyntheticFrom, SyntheticTo, 3700m, 0.75, Seed, DegreesOfFreedom: 3, PriceDecimals: 2, MeanVolume: 250), cancellationToken));
        results.Add(await AppendSyntheticAsync(lake, new SyntheticSeriesSpec(EuroDollar, AssetClass.Forex, BarInterval.OneHour,
            SyntheticFrom, SyntheticTo, 1.1450m, 0.07, Seed + 1, DegreesOfFreedom: 5, PriceDecimals: 5, MeanVolume: 1_000_000), cancellationToken));
        return results;
    }

    public static byte[] ReadResource(string name)
    {
        using var stream = typeof(SampleData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded sample '{name}' is missing from {typeof(SampleData).Assembly.GetName().Name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The monthly file holds several symbols (symbol,date,price); each becomes its own date,price CSV.</summary>
    public static IEnumerable<(string Symbol, byte[] Csv)> SplitMonthly(byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        if (header.Length != 3 || !header[0].Equals("symbol", StringComparison.OrdinalIgnoreCase))
            throw new ImportException($"monthly sample header '{lines[0]}' is not symbol,date,price");
        return lines.Skip(1)
            .Select(line => (Symbol: line[..line.IndexOf(',')], Row: line[(line.IndexOf(',') + 1)..]))
            .GroupBy(x => x.Symbol)
            .Select(g => (g.Key, Encoding.UTF8.GetBytes("date,price\n" + string.Join("\n", g.Select(x => x.Row)) + "\n")))
            .ToList();
    }

    private static async Task<SampleImportResult> AppendSyntheticAsync(MarketDataLake lake, SyntheticSeriesSpec spec, CancellationToken cancellationToken)
    {
        var series = SeriesKey.Create(spec.AssetClass, spec.Instrument, spec.Interval);
        var bars = SyntheticBarGenerator.Generate(spec);
        var result = await lake.AppendBarsAsync(series, bars,
            new SeriesMetadata(true, $"synthetic Student-t(ν={spec.DegreesOfFreedom}) random walk, σ={spec.AnnualVolatility:P0}/yr", spec.Seed), cancellationToken);
        return new SampleImportResult(series, bars.Count, result.RowsWritten, result.RowsAlreadyPresent, 0, true);
    }
}
