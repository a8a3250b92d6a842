using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class MeanReversionZScoreStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    private static PortfolioHarness Run(MeanReversionZScoreStrategy strategy, AccountType type, params decimal[] closes) =>
        new PortfolioHarness(strategy, [Spx], type: type).Run(closes.Select((c, i) => PortfolioHarness.Daily(Spx, i, c)));

    [Fact]
    public void Buys_below_the_band_and_sells_back_at_the_mean()
    {
        // Window 4. Bar 3: flat window, no signal. Bar 4: [10,10,10,6], mean 9, stdev sqrt(12/4) = 1.732, z = -1.73 < -1.5.
        // Bar 5: [10,10,6,9], mean 8.75, z > 0 >= -exitZ: out. Bar 6: [10,6,9,9], mean 8.5, stdev 1.5, z = 0.33: nothing.
        var strategy = new MeanReversionZScoreStrategy(Spx.Id, lookback: 4, entryZ: 1.5m, exitZ: 0m, quantity: 10m);
        var run = Run(strategy, AccountType.Cash, 10m, 10m, 10m, 10m, 6m, 9m, 9m);
        Assert.Equal([new Placed(4, "SPX", OrderSide.Buy, 10m), new Placed(5, "SPX", OrderSide.Sell, 10m)], run.Placed);
        Assert.Equal([new Filled(5, "SPX", OrderSide.Buy, 10m, 9m), new Filled(6, "SPX", OrderSide.Sell, 10m, 9m)], run.Fills);
        Assert.Equal(1m / 3m, strategy.ZScore!.Value, 10);
    }

    [Fact]
    public void Shorts_above_the_band_only_when_allowed()
    {
        // Bar 3: [10,10,10,14], mean 11, z = 3 / 1.732 = 1.73 > 1.5. Bar 4: [10,10,14,11], mean 11.25, z < 0 <= exitZ: cover.
        decimal[] closes = [10m, 10m, 10m, 14m, 11m];
        var shorting = Run(new MeanReversionZScoreStrategy(Spx.Id, 4, 1.5m, 0m, quantity: 10m, allowShort: true), AccountType.Margin, closes);
        Assert.Equal([new Placed(3, "SPX", OrderSide.Sell, 10m), new Placed(4, "SPX", OrderSide.Buy, 10m)], shorting.Placed);
        Assert.Empty(Run(new MeanReversionZScoreStrategy(Spx.Id, 4, 1.5m, 0m, quantity: 10m), AccountType.Cash, closes).Placed);
    }

    [Fact]
    public void An_exit_beyond_the_entry_is_refused_by_name()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("mean-reversion-zscore",
            new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["entryZ"] = "1", ["exitZ"] = "1" }));
        Assert.Contains("exitZ must be below entryZ 1", error.Message);
    }
}
