using Hive.Core.Backtesting;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;

namespace Hive.Core.Tests.Backtesting;

public class MetricsTests
{
    // Initial 100 on 1 Jan; equity at the close of 2..5 Jan: 110, 99, 121, 120.
    // Returns: +10%, -10%, +22.2222%, -0.826446%; mean 0.0534894399, sample sd 0.1390521925 (worked out by hand).
    private static readonly DateTime[] Times = [Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(3), Monday.AddDays(4)];
    private static readonly decimal[] Equity = [110m, 99m, 121m, 120m];
    // Benchmark: +5%, -10%, +10%, +5%.
    private static readonly decimal[] Benchmark = [105m, 94.5m, 103.95m, 109.1475m];

    private static TradeRecord Closed(decimal net) =>
        new("SIM:AAA", "long", Monday, 1m, Monday.AddDays(1), 1m, 1m, net, 0m, net, false);

    private static BacktestMetrics Compute(IReadOnlyList<TradeRecord>? trades = null) =>
        BacktestMetricsCalculator.Compute(100m, Monday, Times, Equity, Benchmark, trades ?? [], tradedNotional: 438.3m, exposedPoints: 3,
            totalFees: 1.5m, barsPerYear: 252);

    [Fact]
    public void Return_volatility_and_risk_adjusted_ratios_match_a_hand_computation()
    {
        var m = Compute();
        Assert.Equal(0.2, m.TotalReturn, 12);
        Assert.Equal(0.13905219246951342 * Math.Sqrt(252), m.AnnualVolatility, 9);
        Assert.Equal(6.106473538002562, m.Sharpe, 9);
        // downside deviation sqrt((0.1² + 0.00826446²)/4)
        Assert.Equal(16.924670145073936, m.Sortino, 9);
        // 4 days = 4/365.25 years
        Assert.Equal(Math.Pow(1.2, 365.25 / 4) - 1, m.Cagr, 3);
        Assert.Equal(m.Cagr / 0.1, m.Calmar, 3);
    }

    [Fact]
    public void Max_drawdown_is_the_deepest_fall_from_a_peak_and_its_duration_the_longest_time_under_water()
    {
        var m = Compute();
        Assert.Equal(-0.1, m.MaxDrawdown, 12); // 110 -> 99
        Assert.Equal(2.0, m.MaxDrawdownDays); // under water from 2 Jan (110) until 4 Jan (121)
    }

    [Fact]
    public void Alpha_and_beta_come_from_the_regression_of_returns_on_benchmark_returns()
    {
        var m = Compute();
        Assert.Equal(1.398224670951944, m.Beta!.Value, 9);
        Assert.Equal(4.670523415977958, m.Alpha!.Value, 9);
    }

    [Fact]
    public void Exposure_turnover_fees_and_final_equity_are_reported()
    {
        var m = Compute();
        Assert.Equal(0.75, m.Exposure, 12);
        // 438.3 traded / average equity 112.5 / (4/365.25) years
        Assert.Equal(438.3 / 112.5 / (4 / 365.25), m.Turnover, 6);
        Assert.Equal(1.5m, m.TotalFees);
        Assert.Equal(120m, m.FinalEquity);
    }

    [Fact]
    public void Win_rate_and_profit_factor_count_closed_trades_net_of_fees()
    {
        var open = new TradeRecord("SIM:AAA", "long", Monday, 1m, null, 2m, 1m, 50m, 0m, 50m, true);
        var m = Compute([Closed(30m), Closed(-10m), Closed(20m), Closed(-15m), open]);
        Assert.Equal(0.5, m.WinRate, 12);
        Assert.Equal(50.0 / 25.0, m.ProfitFactor, 12);
        Assert.Equal(5, m.Trades);
    }

    [Fact]
    public void Monthly_returns_chain_month_end_equity_starting_from_the_initial_cash()
    {
        DateTime Day(int month, int day) => new(2024, month, day, 0, 0, 0, DateTimeKind.Utc);
        // A bar closing at midnight on 1 Feb belongs to January.
        var months = BacktestMetricsCalculator.Monthly(100m, [Day(1, 15), Day(2, 1), Day(2, 20), Day(3, 5)], [104m, 105m, 98m, 107.8m]);
        Assert.Equal([(2024, 1), (2024, 2), (2024, 3)], months.Select(m => (m.Year, m.Month)));
        Assert.Equal(0.05, months[0].Return, 12);
        Assert.Equal(98.0 / 105 - 1, months[1].Return, 12);
        Assert.Equal(0.1, months[2].Return, 12);
    }
}
