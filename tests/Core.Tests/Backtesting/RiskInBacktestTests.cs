using Hive.Core.Backtesting;
using Hive.Core.Risk;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;

namespace Hive.Core.Tests.Backtesting;

/// <summary>A backtest meets the account's pre-trade limits: orders they refuse end Denied and the result counts them by
/// code; the result carries the rolling VaR/CVaR of the strategy's returns, worked here by hand.</summary>
public class RiskInBacktestTests
{
    [Fact]
    public void Orders_beyond_the_limits_end_denied_and_the_result_counts_them_by_code()
    {
        // Counted only if they end Denied. Closes of 100: buying 20 is 2,000 of notional, over the 1,000 allowed; 5 is within it. The third order of bar 1 is
        // the second in the same second of event time, over a rate of 1.
        var strategy = new ScriptedStrategy().At(0, ScriptedStrategy.Buy(20m)).At(0, ScriptedStrategy.Buy(5m))
            .At(1, ScriptedStrategy.Buy(20m)).At(1, ScriptedStrategy.Buy(5m)).At(1, ScriptedStrategy.Buy(5m));
        var settings = new BacktestSettings { RiskLimits = new RiskLimits { MaxOrderNotional = 1_000m, MaxOrdersPerSecond = 1 } };
        var result = Run(strategy, settings, Feed(Aaa, (100, 100, 100, 100, 1000), (100, 100, 100, 100, 1000), (100, 100, 100, 100, 1000)));

        Assert.Equal(new Dictionary<string, int> { ["max-order-notional"] = 2, ["order-rate-exceeded"] = 1 }, result.Denials);
        Assert.Equal([RiskDenials.MaxOrderNotional, null, RiskDenials.MaxOrderNotional, null, RiskDenials.OrderRateExceeded],
            strategy.Tickets.Select(t => t.Rejection?.Code));
    }

    [Fact]
    public void The_rolling_var_is_the_historical_var_of_each_windows_returns()
    {
        var times = Enumerable.Range(0, 5).Select(i => Monday.AddDays(i)).ToList();
        // Equity 100 → 110 → 99 → 99 → 108.9 → 98.01 from 100: returns 0.1, −0.1, 0, 0.1, −0.1.
        decimal[] equity = [110m, 99m, 99m, 108.9m, 98.01m];
        var points = RollingVar.Of(times, equity, 100m, 0.5, window: 3);

        // Windows of 3 end at bars 2, 3, 4: [0.1, −0.1, 0], [−0.1, 0, 0.1], [0, 0.1, −0.1]; k = ⌈0.5 × 3⌉ = 2: the 2nd worst
        // is 0 in each, the mean of the two worst −0.05.
        Assert.Equal(times.Skip(2), points.Select(p => p.Time));
        Assert.All(points, p => Assert.Equal((0.0, 0.05), (Math.Round(p.Var, 12) + 0.0, Math.Round(p.Cvar, 12))));
        // At most 2 points: every second window end, always the last.
        Assert.Equal([times[2], times[4]], RollingVar.Of(times, equity, 100m, 0.5, window: 3, maxPoints: 2).Select(p => p.Time));
        Assert.Empty(RollingVar.Of(times, equity, 100m, 0.5, window: 6));
    }
}
