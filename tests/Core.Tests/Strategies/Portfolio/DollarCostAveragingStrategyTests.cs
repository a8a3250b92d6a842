using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class DollarCostAveragingStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    [Fact]
    public void Buys_the_amount_every_n_bars_in_whole_shares_capped_by_the_cash_left()
    {
        decimal[] closes = [100m, 100m, 300m, 300m, 70m];
        var run = new PortfolioHarness(new DollarCostAveragingStrategy(Spx.Id, amount: 1000m, every: 2), [Spx], cash: 2500m)
            .Run(closes.Select((c, i) => PortfolioHarness.Daily(Spx, i, c)));
        // Bar 0: 1000 / 100 = 10. Bar 2: 1000 / 300 = 3.33 -> 3 (cash 1500 after the first fill). Bar 4: only 600 left
        // (1500 - 3 x 300), 600 / 70 = 8.57 -> 8.
        Assert.Equal([
            new Placed(0, "SPX", OrderSide.Buy, 10m),
            new Placed(2, "SPX", OrderSide.Buy, 3m),
            new Placed(4, "SPX", OrderSide.Buy, 8m),
        ], run.Placed);
        Assert.Equal([new Filled(1, "SPX", OrderSide.Buy, 10m, 100m), new Filled(3, "SPX", OrderSide.Buy, 3m, 300m)], run.Fills);
    }

    [Theory]
    [InlineData("amount", "0", "amount must be positive")]
    [InlineData("every", "0", "every must be at least 1")]
    public void Bad_parameters_are_refused_by_name(string name, string value, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            StrategyCatalog.Create("dca", new Dictionary<string, string> { ["instrument"] = "SIM:SPX", [name] = value }));
        Assert.Contains(message, error.Message);
    }
}
