using System.Text.Json;
using Hive.Core.Instruments;

namespace Hive.Cluster.Tests;

/// <summary>`hive backtest` and `hive strategies`, run in-process on the bundled S&amp;P 500 series (no node, no lake).</summary>
public sealed class BacktestCommandSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-backtest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Hive(params string[] args) => InProcessHive.RunAsync(args);

    [Fact]
    public async Task Backtesting_sma_cross_on_the_bundled_series_writes_a_result_whose_metrics_agree_with_its_own_equity_curve()
    {
        var report = Path.Combine(_folder, "out");
        var (exit, stdout, stderr) = await Hive("backtest", "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30", "--cash", "100000",
            "--commission", "0.001", "--size-pct", "95", "--fill", "next-open", "--report", report, "--lake", Path.Combine(_folder, "no-lake"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("total return", stdout);
        var html = await File.ReadAllTextAsync(Path.Combine(report, "report.html"));
        Assert.Contains("sma-cross", html);
        Assert.Contains("<svg", html);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(report, "result.json")));
        var root = json.RootElement;
        Assert.Equal("sma-cross", root.GetProperty("strategy").GetString());
        Assert.Equal("0.95", root.GetProperty("parameters").GetProperty("cashFraction").GetString());
        var metrics = root.GetProperty("metrics");
        var equity = root.GetProperty("equity").EnumerateArray().Select(p => p.GetProperty("equity").GetDecimal()).ToList();
        var initial = root.GetProperty("initialCash").GetDecimal();

        Assert.Equal(5105, equity.Count); // every bar of the bundled series
        Assert.Equal(equity[^1], metrics.GetProperty("finalEquity").GetDecimal());
        Assert.Equal((double)(equity[^1] / initial) - 1, metrics.GetProperty("totalReturn").GetDouble(), 9);
        // Max drawdown from the curve itself, the initial cash being the first peak.
        decimal peak = initial, deepest = 0m;
        foreach (var e in equity)
        {
            peak = Math.Max(peak, e);
            deepest = Math.Min(deepest, e / peak - 1m);
        }
        Assert.Equal((double)deepest, metrics.GetProperty("maxDrawdown").GetDouble(), 9);
        // Monthly returns chain to the total return.
        var chained = root.GetProperty("monthlyReturns").EnumerateArray().Aggregate(1.0, (acc, m) => acc * (1 + m.GetProperty("return").GetDouble()));
        Assert.Equal(metrics.GetProperty("totalReturn").GetDouble(), chained - 1, 9);
        // Every fill paid 0.1% of its notional, and the fees add up.
        var fills = root.GetProperty("fills").EnumerateArray().ToList();
        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.Equal(f.GetProperty("quantity").GetDecimal() * f.GetProperty("price").GetDecimal() * 0.001m, f.GetProperty("fee").GetDecimal()));
        Assert.Equal(fills.Sum(f => f.GetProperty("fee").GetDecimal()), metrics.GetProperty("totalFees").GetDecimal());
        Assert.Equal(root.GetProperty("trades").GetArrayLength(), metrics.GetProperty("trades").GetInt32());
    }

    [Fact]
    public async Task A_misspelt_parameter_is_refused_with_exit_code_2_naming_it()
    {
        var (exit, _, stderr) = await Hive("backtest", "--param", "fsat=5", "--lake", _folder);
        Assert.Equal(2, exit);
        Assert.Contains("fsat", stderr);
    }

    [Fact]
    public async Task An_unknown_strategy_and_an_empty_date_range_are_clear_errors()
    {
        var unknown = await Hive("backtest", "--strategy", "no-such-thing", "--lake", _folder);
        var empty = await Hive("backtest", "--from", "2031-01-01", "--lake", _folder);
        var missing = await Hive("backtest", "--data", Path.Combine(_folder, "missing.csv"), "--lake", _folder);

        Assert.Equal((2, 2, 2), (unknown.ExitCode, empty.ExitCode, missing.ExitCode));
        Assert.Contains("unknown strategy 'no-such-thing'", unknown.Stderr);
        Assert.Contains("no bars of SIM:SPX", empty.Stderr);
        Assert.Contains("missing.csv", missing.Stderr);
    }

    [Fact]
    public async Task A_sweep_writes_one_csv_row_per_combination_in_grid_order()
    {
        var csv = Path.Combine(_folder, "sweep.csv");
        var (exit, _, stderr) = await Hive("backtest", "sweep", "--param", "fast=5..15:5", "--param", "slow=30,50", "--from", "2015-01-01",
            "--csv", csv, "--lake", _folder);

        Assert.True(exit == 0, stderr);
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("run,fast,slow,total_return", lines[0]);
        Assert.Equal(["0,5,30", "1,5,50", "2,10,30", "3,10,50", "4,15,30", "5,15,50"], lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))));
    }

    [Fact]
    public async Task A_csv_file_is_backtested_as_a_stock_named_after_the_file()
    {
        var csv = Path.Combine(_folder, "my-prices.csv");
        var rows = Enumerable.Range(0, 120).Select(i =>
        {
            var c = Math.Round(100 + 10 * Math.Sin(i / 6.0), 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"{new DateTime(2021, 1, 1).AddDays(i):yyyy-MM-dd},{c},{c},{c},{c},1000000";
        });
        await File.WriteAllLinesAsync(csv, ["date,open,high,low,close,volume", .. rows]);
        var json = Path.Combine(_folder, "csv.json");

        var (exit, _, stderr) = await Hive("backtest", "--data", csv, "--param", "fast=3", "--param", "slow=12", "--json", json, "--lake", _folder);

        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal("SIM:MYPRICES", doc.RootElement.GetProperty("instruments")[0].GetString());
        Assert.Equal("USD", doc.RootElement.GetProperty("currency").GetString());
        Assert.Equal(120, doc.RootElement.GetProperty("bars").GetInt32());
        Assert.NotEqual(0, doc.RootElement.GetProperty("fills").GetArrayLength());
    }

    [Fact]
    public async Task The_bundled_forex_sample_backtests_under_the_id_the_cluster_lists_it_by()
    {
        var lake = Path.Combine(_folder, "lake");
        var import = await Hive("data", "import-samples", "--lake", lake);
        var json = Path.Combine(_folder, "fx.json");

        var (exit, _, stderr) = await Hive("backtest", "--data", "SIMFX:EUR-USD", "--interval", "1h", "--param", "fast=10", "--param", "slow=30",
            "--json", json, "--lake", lake);

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal("SIMFX:EUR-USD", doc.RootElement.GetProperty("instruments")[0].GetString());
        Assert.Equal("USD", doc.RootElement.GetProperty("currency").GetString());
        Assert.True(doc.RootElement.GetProperty("bars").GetInt32() > 10_000);
        Assert.NotEqual(0, doc.RootElement.GetProperty("fills").GetArrayLength());
        // Forex trades in lots of 1,000 units.
        Assert.All(doc.RootElement.GetProperty("fills").EnumerateArray(), f => Assert.Equal(0m, f.GetProperty("quantity").GetDecimal() % 1000m));
        Assert.Contains(InstrumentCatalog.Default.All, i => i.Id.ToString() == "SIMFX:EUR-USD" && i.AssetClass == AssetClass.Forex);
    }

    [Fact]
    public async Task Fills_are_at_the_data_s_own_prices_unless_a_tick_size_is_given_and_the_period_ends_on_the_last_bar()
    {
        // Four-decimal prices, as many data vendors write them: a 0.01 tick would move every fill by up to half a cent.
        var csv = Path.Combine(_folder, "four-decimals.csv");
        var opens = new List<decimal>();
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var close = Math.Round(100m + 10m * (decimal)Math.Sin(i / 6.0) + i * 0.01m, 4);
            var open = close - 0.0371m;
            opens.Add(open);
            string F(decimal v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"{new DateTime(2021, 1, 1).AddDays(i):yyyy-MM-dd},{F(open)},{F(close + 0.1m)},{F(open - 0.1m)},{F(close)},1000000";
        });
        await File.WriteAllLinesAsync(csv, ["date,open,high,low,close,volume", .. rows]);
        var (asData, asTick) = (Path.Combine(_folder, "data.json"), Path.Combine(_folder, "tick.json"));

        var data = await Hive("backtest", "--data", csv, "--param", "fast=3", "--param", "slow=12", "--json", asData, "--lake", _folder);
        var ticked = await Hive("backtest", "--data", csv, "--param", "fast=3", "--param", "slow=12", "--tick-size", "0.05", "--json", asTick, "--lake", _folder);
        var zero = await Hive("backtest", "--data", csv, "--tick-size", "0", "--lake", _folder);

        Assert.True(data.ExitCode == 0, data.Stderr);
        Assert.True(ticked.ExitCode == 0, ticked.Stderr);
        using var dataDoc = JsonDocument.Parse(await File.ReadAllTextAsync(asData));
        using var tickDoc = JsonDocument.Parse(await File.ReadAllTextAsync(asTick));
        var dataFills = dataDoc.RootElement.GetProperty("fills").EnumerateArray().Select(f => f.GetProperty("price").GetDecimal()).ToList();
        var tickFills = tickDoc.RootElement.GetProperty("fills").EnumerateArray().Select(f => f.GetProperty("price").GetDecimal()).ToList();
        Assert.NotEmpty(dataFills);
        Assert.All(dataFills, p => Assert.Contains(p, opens)); // market orders fill at the next bar's open, as written
        Assert.Contains(dataFills, p => p * 100m % 1m != 0m);
        Assert.NotEmpty(tickFills);
        Assert.All(tickFills, p => Assert.Equal(0m, p % 0.05m));
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("--tick-size must be positive", zero.Stderr);

        // The last bar opens on 2021-07-19 (day 199): the period ends there, not at that bar's close a day later.
        Assert.Equal(new DateTime(2021, 7, 19, 0, 0, 0, DateTimeKind.Utc), dataDoc.RootElement.GetProperty("end").GetDateTime().ToUniversalTime());
        Assert.Contains("2021-07-19", data.Stdout);
        Assert.DoesNotContain("2021-07-20", data.Stdout);
    }

    [Fact]
    public async Task Risk_limits_from_a_file_deny_orders_counted_by_code_in_the_result_and_the_report_and_bad_ones_exit_2_naming_the_field()
    {
        string File(string name, string json)
        {
            var path = Path.Combine(_folder, name);
            System.IO.File.WriteAllText(path, json);
            return path;
        }
        var report = Path.Combine(_folder, "risk-out");
        // sma-cross buys with 95% of 100,000: every buy is over a notional of 1,000.
        var (exit, _, stderr) = await Hive("backtest", "--param", "fast=10", "--param", "slow=30", "--risk", File("limits.json", """{"maxOrderNotional": 1000}"""),
            "--report", report, "--lake", Path.Combine(_folder, "no-lake"));
        var misspelt = await Hive("backtest", "--risk", File("misspelt.json", """{"maxOrderNotionl": 1000}"""), "--lake", _folder);
        var zero = await Hive("backtest", "--risk", File("zero.json", """{"priceCollar": 0}"""), "--lake", _folder);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(Path.Combine(report, "result.json")));
        var denied = json.RootElement.GetProperty("denials").GetProperty("max-order-notional").GetInt32();
        Assert.True(denied > 10, $"{denied} denials");
        Assert.Equal(0, json.RootElement.GetProperty("fills").GetArrayLength());
        // 5,105 bars give 4,856 windows of 250 returns, every tenth drawn.
        Assert.Equal(486, json.RootElement.GetProperty("rollingVar").GetArrayLength());
        var html = await System.IO.File.ReadAllTextAsync(Path.Combine(report, "report.html"));
        Assert.Contains($"<tr><th>max-order-notional</th><td>{denied:#,0}</td></tr>", html);
        Assert.Equal(2, misspelt.ExitCode);
        Assert.Contains("maxOrderNotionl", misspelt.Stderr);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("priceCollar must be positive", zero.Stderr);
    }

    [Fact]
    public async Task Strategies_list_and_show_print_the_catalog_with_parameters_and_defaults()
    {
        var list = await Hive("strategies", "list");
        var show = await Hive("strategies", "show", "sma-cross");
        var unknown = await Hive("strategies", "show", "nope");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("sma-cross", list.Stdout);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("cashFraction", show.Stdout);
        Assert.Contains("0.95", show.Stdout);
        Assert.Equal(2, unknown.ExitCode);
    }
}
