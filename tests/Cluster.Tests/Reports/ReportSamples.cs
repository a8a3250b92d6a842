using Hive.Core.Backtesting;

namespace Hive.Cluster.Tests.Reports;

/// <summary>Hand-made backtest results for the report specs (no engine involved).</summary>
internal static class ReportSamples
{
    public const string HostileParameter = "<script>alert(\"x\")</script>";

    public static readonly BacktestMetrics Metrics = new(
        TotalReturn: 0.1234, Cagr: 0.0567, AnnualVolatility: 0.2, Sharpe: 1.2345, Sortino: 1.5, Calmar: 0.8,
        MaxDrawdown: -0.1525, MaxDrawdownDays: 42, WinRate: 0.6, ProfitFactor: double.PositiveInfinity, Exposure: 0.75,
        Turnover: 3.456, Alpha: null, Beta: 0.9, Trades: 3, FinalEquity: 112_340.5m, TotalFees: 123.456m);

    public static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Four months of daily equity, three trades (the last still open), four monthly returns.</summary>
    public static BacktestResult Small(string strategy = "sma-cross", string hostileValue = HostileParameter)
    {
        var equity = new List<EquityPoint>();
        var peak = 0m;
        for (var d = Day(2020, 11, 2); d <= Day(2021, 2, 26); d = d.AddDays(1))
        {
            var i = (d - Day(2020, 11, 2)).Days;
            var value = 100_000m + i * 100m - (i % 7 == 3 ? 900m : 0m);
            peak = Math.Max(peak, value);
            equity.Add(new EquityPoint(d, value, value / peak - 1, 100_000m + i * 50m));
        }

        return new BacktestResult(
            strategy,
            new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30", ["note"] = hostileValue },
            ["SIM:SPX"], "USD", 100_000m, Day(2020, 11, 2), Day(2021, 2, 26), equity.Count,
            new Dictionary<string, string> { ["fill"] = "next-open", ["commission"] = "0.001" },
            Metrics, equity,
            [
                new TradeRecord("SIM:SPX", "long", Day(2020, 11, 5), 3_500.25m, Day(2020, 12, 1), 3_650.5m, 10m, 1_502.5m, 71.51m, 1_430.99m, false),
                new TradeRecord("SIM:SPX", "short", Day(2020, 12, 10), 3_700m, Day(2021, 1, 4), 3_750m, 5m, -250m, 37.25m, -287.25m, false),
                new TradeRecord("SIM:SPX", "long", Day(2021, 2, 1), 3_800m, Day(2021, 2, 26), 3_900.125m, 2.5m, 250.3125m, 9.5m, 240.8125m, true),
            ],
            [
                new FillRecord(Day(2020, 11, 5), "SIM:SPX", "buy", 10m, 3_500.25m, 35.0m, "taker", "o-1", "t-1"),
                new FillRecord(Day(2020, 12, 1), "SIM:SPX", "sell", 10m, 3_650.5m, 36.51m, "taker", "o-2", "t-2"),
            ],
            [new MonthlyReturn(2020, 11, 0.0123), new MonthlyReturn(2020, 12, -0.0456), new MonthlyReturn(2021, 1, 0.0789), new MonthlyReturn(2021, 2, 0)]);
    }

    /// <summary>
    /// A result shaped like a real one: <paramref name="bars"/> points (daily unless <paramref name="step"/> says
    /// otherwise) of a seeded random walk with a benchmark, monthly returns computed here from the month-end equity,
    /// and a ten-bar trade every <paramref name="tradeEvery"/> bars.
    /// </summary>
    public static BacktestResult Walk(int bars, int seed = 7, TimeSpan? step = null, int tradeEvery = 20)
    {
        var interval = step ?? TimeSpan.FromDays(1);
        var rng = new Random(seed);
        var equity = new List<EquityPoint>(bars);
        decimal value = 100_000m, bench = 100_000m, peak = 0m;
        var start = Day(2018, 1, 1);
        // Long walks take smaller steps so a million of them stay within a few multiples of the start.
        var scale = Math.Min(1, Math.Sqrt(750.0 / bars));
        for (var i = 0; i < bars; i++)
        {
            value = Math.Round(value * (1m + (decimal)((rng.NextDouble() - 0.48) * 0.02 * scale)), 2);
            bench = Math.Round(bench * (1m + (decimal)((rng.NextDouble() - 0.49) * 0.015 * scale)), 2);
            peak = Math.Max(peak, value);
            equity.Add(new EquityPoint(start + interval * i, value, value / peak - 1, bench));
        }

        var monthly = new List<MonthlyReturn>();
        var previousClose = 100_000m;
        foreach (var month in equity.GroupBy(p => (p.Time.Year, p.Time.Month)))
        {
            var close = month.Last().Equity;
            monthly.Add(new MonthlyReturn(month.Key.Year, month.Key.Month, (double)(close / previousClose - 1)));
            previousClose = close;
        }

        var trades = new List<TradeRecord>();
        for (var i = 0; i + 10 < bars; i += tradeEvery)
        {
            var (entry, exit) = (equity[i], equity[i + 10]);
            var gross = (exit.Equity - entry.Equity) / 100m;
            trades.Add(new TradeRecord("SIM:SPX", "long", entry.Time, entry.Equity / 30m, exit.Time, exit.Equity / 30m, 3m, gross, 1.5m, gross - 1.5m, false));
        }

        return new BacktestResult("sma-cross", new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30" }, ["SIM:SPX"], "USD", 100_000m,
            equity[0].Time, equity[^1].Time, bars, new Dictionary<string, string> { ["fill"] = "next-open" },
            Metrics with { Trades = trades.Count }, equity, trades, [], monthly);
    }
}
