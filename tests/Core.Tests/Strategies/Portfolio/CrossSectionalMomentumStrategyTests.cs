using Hive.Core.Instruments;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class CrossSectionalMomentumStrategyTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");
    private static readonly Instrument Ccc = Instrument.Stock("SIM", "CCC");

    private static readonly List<Hive.Core.MarketData.Bar[]> Slices = PortfolioHarness.DailySlices([Aaa, Bbb, Ccc],
        [100m, 100m, 110m, 110m, 110m, 110m],
        [100m, 100m, 105m, 105m, 130m, 130m],
        [100m, 100m, 90m, 90m, 90m, 90m]);

    [Fact]
    public void Holds_the_best_lookback_return_and_rotates_on_the_rebalance_after_the_ranking_changes()
    {
        var strategy = new CrossSectionalMomentumStrategy([Aaa.Id, Bbb.Id, Ccc.Id], lookback: 2, top: 1, every: 2, fraction: 1m);
        var run = new PortfolioHarness(strategy, [Aaa, Bbb, Ccc]).Run(Slices);
        // Slice 2 (first with 3 closes): AAA +10%, BBB +5%, CCC -10% -> AAA, 10,000 / 110 = 90.9 -> 90.
        // Slice 4: AAA 110/110 = 0, BBB 130/105 = +23.8%, CCC 0 -> BBB; equity 100 + 90 x 110 = 10,000, 10,000 / 130 = 76.9 -> 76.
        // AAA is sold first; BBB is bought on slice 5 once the sale is booked.
        Assert.Equal([
            new Placed(2, "AAA", OrderSide.Buy, 90m),
            new Placed(4, "AAA", OrderSide.Sell, 90m),
            new Placed(5, "BBB", OrderSide.Buy, 76m),
        ], run.Placed);
        Assert.Equal([Bbb.Id], strategy.Selection);
    }

    [Fact]
    public void The_top_k_share_equity_equally_and_each_buy_is_capped_by_the_cash_left()
    {
        var run = new PortfolioHarness(new CrossSectionalMomentumStrategy([Aaa.Id, Bbb.Id, Ccc.Id], 2, top: 2, every: 10, fraction: 1m),
            [Aaa, Bbb, Ccc]).Run(Slices.Take(3));
        // 5,000 each: AAA 5,000 / 110 = 45.45 -> 45; BBB 5,000 / 105 = 47.6 -> 47.
        Assert.Equal([new Placed(2, "AAA", OrderSide.Buy, 45m), new Placed(2, "BBB", OrderSide.Buy, 47m)], run.Placed);
    }

    [Fact]
    public void Ties_go_to_the_instrument_listed_first()
    {
        var flat = PortfolioHarness.DailySlices([Aaa, Bbb, Ccc], [50m, 50m, 50m], [50m, 50m, 50m], [50m, 50m, 50m]);
        var strategy = new CrossSectionalMomentumStrategy([Ccc.Id, Aaa.Id, Bbb.Id], lookback: 2, top: 1, every: 1, fraction: 1m);
        var run = new PortfolioHarness(strategy, [Aaa, Bbb, Ccc]).Run(flat);
        Assert.Equal([new Placed(2, "CCC", OrderSide.Buy, 200m)], run.Placed);
    }

    [Fact]
    public void Top_must_leave_something_out()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("cross-sectional-momentum",
            new Dictionary<string, string> { ["instruments"] = "SIM:AAA,SIM:BBB", ["top"] = "2" }));
        Assert.Contains("top must be smaller than the 2 instruments", error.Message);
    }
}
