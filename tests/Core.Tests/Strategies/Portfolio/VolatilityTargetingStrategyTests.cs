using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class VolatilityTargetingStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    private static PortfolioHarness Run(VolatilityTargetingStrategy strategy, params decimal[] closes) =>
        new PortfolioHarness(strategy, [Spx]).Run(closes.Select((c, i) => PortfolioHarness.Daily(Spx, i, c)));

    [Fact]
    public void Sizes_the_position_to_target_over_realised_volatility_and_resizes_only_beyond_the_band()
    {
        // Returns alternate +10% / -10%: population stdev 0.1, x sqrt(100) = 100% a year. Target 25% -> a quarter of equity.
        var strategy = new VolatilityTargetingStrategy(Spx.Id, lookback: 2, target: 0.25m, periodsPerYear: 100, band: 0.1m);
        var run = Run(strategy, 100m, 110m, 99m, 108.9m, 98.01m);
        // Bar 2: 2,500 / 99 = 25.25 -> buy 25 (filled at 108.9). Bar 3: equity 7,277.5 + 25 x 108.9 = 10,000, 2,500 / 108.9
        // = 22.96 -> 22, off by 3 > 10% of 25: sell 3 (filled at 98.01). Bar 4: equity 7,571.53 + 22 x 98.01 = 9,727.75,
        // a quarter / 98.01 = 24.81 -> 24, off by 2 <= 2.2: hold.
        Assert.Equal([new Placed(2, "SPX", OrderSide.Buy, 25m), new Placed(3, "SPX", OrderSide.Sell, 3m)], run.Placed);
        Assert.Equal(1.0m, strategy.Volatility);
        Assert.Equal(22m, run.Position(Spx));
    }

    [Fact]
    public void A_flat_window_holds_the_largest_allowed_fraction()
    {
        var run = Run(new VolatilityTargetingStrategy(Spx.Id, lookback: 2, maxFraction: 0.5m), 50m, 50m, 50m);
        Assert.Equal([new Placed(2, "SPX", OrderSide.Buy, 100m)], run.Placed); // 10,000 x 0.5 / 50
    }

    [Fact]
    public void No_order_before_the_window_is_full() =>
        Assert.Empty(Run(new VolatilityTargetingStrategy(Spx.Id, lookback: 3), 100m, 110m, 99m).Placed);

    [Fact]
    public void A_lookback_below_two_is_refused_by_name()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            StrategyCatalog.Create("volatility-targeting", new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["lookback"] = "1" }));
        Assert.Contains("lookback must be at least 2, got 1", error.Message);
    }
}
