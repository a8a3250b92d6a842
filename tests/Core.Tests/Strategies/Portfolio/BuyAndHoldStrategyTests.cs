using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class BuyAndHoldStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    private static PortfolioHarness Run(BuyAndHoldStrategy strategy, params decimal[] closes) =>
        new PortfolioHarness(strategy, [Spx]).Run(closes.Select((c, i) => PortfolioHarness.Daily(Spx, i, c)));

    [Fact]
    public void Buys_a_fraction_of_cash_on_the_first_bar_and_never_trades_again()
    {
        // 10,000 x 0.99 / 100 = 99 shares, filled at the next bar's open (100).
        var run = Run(new BuyAndHoldStrategy(Spx.Id, cashFraction: 0.99m), 100m, 100m, 110m, 90m, 120m);
        Assert.Equal([new Placed(0, "SPX", OrderSide.Buy, 99m)], run.Placed);
        Assert.Equal([new Filled(1, "SPX", OrderSide.Buy, 99m, 100m)], run.Fills);
        Assert.Equal(99m, run.Position(Spx));
        Assert.Equal(100m, run.Host.CashIn("USD"));
    }

    [Fact]
    public void A_fixed_quantity_is_bought_as_given() =>
        Assert.Equal([new Placed(0, "SPX", OrderSide.Buy, 7m)], Run(new BuyAndHoldStrategy(Spx.Id, quantity: 7m), 100m, 101m).Placed);

    [Fact]
    public void The_catalog_builds_it_and_refuses_a_bad_cash_fraction_by_name()
    {
        var built = StrategyCatalog.Create("buy-and-hold", new Dictionary<string, string> { ["instrument"] = "SIM:SPX" });
        Assert.Equal(0.99m, Assert.IsType<BuyAndHoldStrategy>(built.Strategy).CashFraction);
        Assert.Equal([Spx.Id], built.Instruments);
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            StrategyCatalog.Create("buy-and-hold", new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["cashFraction"] = "1.5" }));
        Assert.Contains("cashFraction must be in (0, 1], got 1.5", error.Message);
    }
}
