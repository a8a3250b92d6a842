using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Analytics;
using Hive.Data.Import;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Bench.Data;

/// <summary>
/// <c>dotnet run -c Release --project bench/Hive.Bench -- data [--csv-rows 2000000] [--duckdb-bars 10000000]</c>.
/// Measures (1) CSV → Parquet import throughput on one thread, (2) range read of one symbol-year of 1-minute
/// bars into arrays, (3) a DuckDB daily OHLCV aggregate over 10 million 1-minute bars. Works in a temp folder.
/// </summary>
public static class DataLoadGenerator
{
    private static readonly InstrumentId Instrument = new("BENCH", "BTC-USDT");

    public static async Task<int> RunAsync(string[] args)
    {
        var csvRows = Arg(args, "--csv-rows", 2_000_000);
        var duckBars = Arg(args, "--duckdb-bars", 10_000_000);
        var root = Path.Combine(Path.GetTempPath(), "hive-bench-data-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await ImportThroughputAsync(Path.Combine(root, "import"), csvRows);
            await RangeReadAsync(Path.Combine(root, "read"));
            await DuckDbAggregateAsync(Path.Combine(root, "duck"), duckBars);
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static async Task ImportThroughputAsync(string folder, int rows)
    {
        var csv = MinuteCsv(rows);
        Console.WriteLine($"import: {rows:N0} rows, {csv.Length / 1024.0 / 1024.0:F1} MiB of CSV");
        // Warm-up on a small slice so JIT time is not counted.
        CsvBarReader.Read(MinuteCsv(10_000), ColumnMapping.Default);
        var parse = Measure.Start();
        var raw = CsvBarReader.Read(csv, ColumnMapping.Default);
        parse.Stop();
        var validate = Measure.Start();
        var validated = BarImportValidator.Validate(raw, Instrument, AssetClass.Crypto, BarInterval.OneMinute, RepairPolicy.Drop);
        validate.Stop();
        var write = Measure.Start();
        var bytes = await BarParquet.WriteAsync(validated.Accepted, 0, validated.Accepted.Count);
        write.Stop();
        Report("  parse (span CSV)", rows, parse);
        Report("  validate", rows, validate);
        Report("  write Parquet", rows, write);
        var lake = new MarketDataLake(new LocalObjectStore(folder));
        await new BarImporter(lake).ImportAsync(MinuteCsv(10_000), "warmup.csv", new ImportRequest(new InstrumentId("BENCH", "WARMUP"), AssetClass.Crypto, BarInterval.OneMinute));
        var endToEnd = Measure.Start();
        var report = await new BarImporter(lake).ImportAsync(csv, "bench.csv", new ImportRequest(Instrument, AssetClass.Crypto, BarInterval.OneMinute));
        endToEnd.Stop();
        Report($"  end-to-end import CSV → lake Parquet ({report.Written:N0} written, {bytes.Length / 1024.0 / 1024.0:F1} MiB Parquet)", rows, endToEnd);
    }

    private static async Task RangeReadAsync(string folder)
    {
        var lake = new MarketDataLake(new LocalObjectStore(folder));
        var series = SeriesKey.Create(AssetClass.Crypto, Instrument, BarInterval.OneMinute);
        var from = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var bars = SyntheticBarGenerator.Generate(new SyntheticSeriesSpec(Instrument, AssetClass.Crypto, BarInterval.OneMinute, from, from.AddYears(1), 20000m, 0.7, 1));
        await lake.AppendBarsAsync(series, bars);
        await lake.ReadBarsAsync(series, from, from.AddYears(1));
        const int repeats = 10;
        var clock = Measure.Start();
        var total = 0L;
        for (var i = 0; i < repeats; i++) total += (await lake.ReadBarsAsync(series, from, from.AddYears(1))).Count;
        clock.Stop();
        Console.WriteLine($"range read: one symbol-year of 1-minute bars ({bars.Count:N0} bars), {repeats} reads");
        Report("  lake → BarSeries arrays", total, clock, "bars");
    }

    private static async Task DuckDbAggregateAsync(string folder, int barCount)
    {
        var store = new LocalObjectStore(folder);
        var lake = new MarketDataLake(store);
        var from = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var series = SeriesKey.Create(AssetClass.Crypto, Instrument, BarInterval.OneMinute);
        var generate = Stopwatch.StartNew();
        var bars = SyntheticBarGenerator.Generate(new SyntheticSeriesSpec(Instrument, AssetClass.Crypto, BarInterval.OneMinute, from, from.AddMinutes(barCount), 100m, 0.7, 2, DegreesOfFreedom: 4));
        await lake.AppendBarsAsync(series, bars);
        generate.Stop();
        Console.WriteLine($"duckdb: {bars.Count:N0} 1-minute bars written in {generate.Elapsed.TotalSeconds:F1} s");
        const string query = "select date_trunc('day', ts) as day, arg_min(open, ts) as open, max(high) as high, min(low) as low, arg_max(close, ts) as close, sum(volume) as volume from bars group by 1 order by 1";
        await using var sql = await DuckDbAnalytics.OpenAsync(store);
        await sql.QueryAsync("select count(*) from bars");
        var times = new List<double>();
        QueryResult? result = null;
        for (var i = 0; i < 3; i++)
        {
            var clock = Measure.Start();
            result = await sql.QueryAsync(query);
            clock.Stop();
            times.Add(clock.Wall.TotalMilliseconds);
            Console.WriteLine($"  run {i + 1}: wall {clock.Wall.TotalMilliseconds:F0} ms, CPU {clock.Cpu.TotalMilliseconds:F0} ms (all threads)");
        }
        Console.WriteLine($"  daily OHLCV aggregate → {result!.Rows.Count:N0} days: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture) + " ms"))} (best {times.Min():F0} ms)");
    }

    private static byte[] MinuteCsv(int rows)
    {
        var text = new StringBuilder(rows * 64);
        text.Append("timestamp,open,high,low,close,volume\n");
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var price = 7200.0;
        var random = new Random(3);
        for (var i = 0; i < rows; i++)
        {
            var open = Math.Round(price, 2);
            price *= 1 + (random.NextDouble() - 0.5) * 0.002;
            var close = Math.Round(price, 2);
            var high = Math.Round(Math.Max(open, close) + random.NextDouble(), 2);
            var low = Math.Round(Math.Min(open, close) - random.NextDouble(), 2);
            text.Append(start.AddMinutes(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(open.ToString(CultureInfo.InvariantCulture)).Append(',').Append(high.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(low.ToString(CultureInfo.InvariantCulture)).Append(',').Append(close.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(random.Next(1, 500).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Both clocks: wall time, and this process's CPU time, which on a shared machine is the honest
    /// measure of single-threaded work ("rows per CPU-second" = rows/s on one dedicated core).</summary>
    private static void Report(string what, long rows, Measure measure, string unit = "rows") =>
        Console.WriteLine($"{what}: wall {measure.Wall.TotalMilliseconds:F0} ms = {rows / measure.Wall.TotalSeconds:N0} {unit}/s; " +
                          $"CPU {measure.Cpu.TotalMilliseconds:F0} ms = {rows / measure.Cpu.TotalSeconds:N0} {unit}/CPU-s");

    private sealed class Measure
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;

        public TimeSpan Wall { get; private set; }
        public TimeSpan Cpu { get; private set; }

        public static Measure Start() => new();

        public void Stop()
        {
            Wall = _wall.Elapsed;
            Cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}
