using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class GridTradingStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    private static Bar Bar(int day, decimal open, decimal high, decimal low, decimal close) =>
        new(Spx.Id, PortfolioHarness.Day0.AddDays(day), BarInterval.OneDay, open, high, low, close, 1_000_000m);

    [Fact]
    public void Each_level_buys_at_its_price_sells_one_level_up_and_re_arms_after_the_sale()
    {
        var strategy = new GridTradingStrategy(Spx.Id, spacing: 0.01m, levels: 2, quantity: 1m);
        var run = new PortfolioHarness(strategy, [Spx]).Run([
            Bar(0, 100m, 100m, 100m, 100m),     // reference 100: buys at 99 and 98
            Bar(1, 100m, 100.5m, 98.5m, 99.5m), // 99 fills -> sell it at 100
            Bar(2, 99.5m, 100.2m, 99.2m, 100m), // 100 fills -> buy at 99 again
            Bar(3, 100m, 100m, 97.5m, 97.8m),   // 99 and 98 fill -> sells at 100 and 99
        ]);
        Assert.Equal([
            new Placed(0, "SPX", OrderSide.Buy, 1m, 99m, OrderType.Limit), new Placed(0, "SPX", OrderSide.Buy, 1m, 98m, OrderType.Limit),
            new Placed(1, "SPX", OrderSide.Sell, 1m, 100m, OrderType.Limit),
            new Placed(2, "SPX", OrderSide.Buy, 1m, 99m, OrderType.Limit),
            new Placed(3, "SPX", OrderSide.Sell, 1m, 100m, OrderType.Limit), new Placed(3, "SPX", OrderSide.Sell, 1m, 99m, OrderType.Limit),
        ], run.Placed);
        Assert.Equal([
            new Filled(1, "SPX", OrderSide.Buy, 1m, 99m), new Filled(2, "SPX", OrderSide.Sell, 1m, 100m),
            new Filled(3, "SPX", OrderSide.Buy, 1m, 98m), new Filled(3, "SPX", OrderSide.Buy, 1m, 99m),
        ], run.Fills.OrderBy(f => f.Bar).ThenBy(f => f.Price).ToList());
        Assert.Equal(1, strategy.RoundTrips);
        Assert.Equal(2m, run.Position(Spx));
    }

    [Fact]
    public void Levels_are_rounded_to_the_tick()
    {
        var strategy = new GridTradingStrategy(Spx.Id, spacing: 0.01m, levels: 2, quantity: 1m);
        new PortfolioHarness(strategy, [Spx]).Run([Bar(0, 100.37m, 100.37m, 100.37m, 100.37m)]);
        // 100.37 x 0.99 = 99.3663 -> 99.37; 100.37 x 0.98 = 98.3626 -> 98.36.
        Assert.Equal([99.37m, 98.36m], strategy.BuyPrices);
    }

    [Fact]
    public void A_grid_reaching_zero_is_refused_by_name()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("grid-trading",
            new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["spacing"] = "0.2", ["levels"] = "5" }));
        Assert.Contains("spacing x levels must stay below 1", error.Message);
    }
}
