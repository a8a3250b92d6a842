using Hive.Core.Instruments;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class DualMomentumStrategyTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");
    private static readonly Instrument Bnd = Instrument.Stock("SIM", "BND");

    private static readonly decimal[] AaaCloses = [100m, 100m, 110m, 110m, 99m, 99m];
    private static readonly decimal[] BbbCloses = [100m, 100m, 104m, 104m, 104m, 104m];

    [Fact]
    public void Holds_the_best_risky_asset_while_it_beats_the_safe_one_then_switches_to_the_safe_asset()
    {
        var strategy = new DualMomentumStrategy([Aaa.Id, Bbb.Id], Bnd.Id, lookback: 2, every: 1, fraction: 1m);
        var run = new PortfolioHarness(strategy, [Aaa, Bbb, Bnd])
            .Run(PortfolioHarness.DailySlices([Aaa, Bbb, Bnd], AaaCloses, BbbCloses, [100m, 100m, 101m, 102m, 103m, 103m]));
        // Slice 2: AAA +10% beats BBB +4% and BND +1% -> 10,000 / 110 = 90. Slice 3: AAA still +10% vs BND +2%: no change.
        // Slice 4: AAA -10%, BBB 0% (not above the 0 threshold) -> BND; equity 100 + 90 x 99 = 9,010, / 103 = 87.47 -> 87,
        // bought on slice 5 once AAA is sold.
        Assert.Equal([
            new Placed(2, "AAA", OrderSide.Buy, 90m),
            new Placed(4, "AAA", OrderSide.Sell, 90m),
            new Placed(5, "BND", OrderSide.Buy, 87m),
        ], run.Placed);
        Assert.Equal(Bnd.Id, strategy.Holding);
    }

    [Fact]
    public void Without_a_safe_asset_failing_momentum_means_cash()
    {
        var strategy = new DualMomentumStrategy([Aaa.Id, Bbb.Id], null, lookback: 2, every: 1, fraction: 1m);
        var run = new PortfolioHarness(strategy, [Aaa, Bbb]).Run(PortfolioHarness.DailySlices([Aaa, Bbb], AaaCloses, BbbCloses));
        Assert.Equal([new Placed(2, "AAA", OrderSide.Buy, 90m), new Placed(4, "AAA", OrderSide.Sell, 90m)], run.Placed);
        Assert.Null(strategy.Holding);
        Assert.Equal(9_010m, run.Host.CashIn("USD"));
    }

    [Fact]
    public void The_catalog_subscribes_to_the_risky_instruments_and_the_safe_one()
    {
        var built = StrategyCatalog.Create("dual-momentum",
            new Dictionary<string, string> { ["instruments"] = "SIM:AAA,SIM:BBB", ["safe"] = "SIM:BND" });
        Assert.Equal([Aaa.Id, Bbb.Id, Bnd.Id], built.Instruments);
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("dual-momentum",
            new Dictionary<string, string> { ["instruments"] = "SIM:AAA,SIM:BBB", ["safe"] = "SIM:AAA" }));
        Assert.Contains("safe SIM:AAA is also listed in instruments", error.Message);
    }
}
