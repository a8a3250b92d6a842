using Hive.Core.Instruments;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class PeriodicRebalancerStrategyTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");

    // AAA doubles on slice 3; BBB stays at 50.
    private static readonly List<Hive.Core.MarketData.Bar[]> Slices = PortfolioHarness.DailySlices([Aaa, Bbb],
        [100m, 100m, 100m, 200m, 200m, 200m],
        [50m, 50m, 50m, 50m, 50m, 50m]);

    // Slice 0: 10,000 split 50/50: AAA 5,000 / 100 = 50, BBB 5,000 / 50 = 100, nothing to sell so both buys go at once.
    // Slice 3: equity 50 x 200 + 100 x 50 = 15,000 -> AAA 7,500 / 200 = 37.5 -> 37 (sell 13), BBB 7,500 / 50 = 150.
    // The sale fills at slice 4's open (cash 13 x 200 = 2,600); only then BBB's 50 are bought.
    private static readonly Placed[] Expected =
    [
        new(0, "AAA", OrderSide.Buy, 50m), new(0, "BBB", OrderSide.Buy, 100m),
        new(3, "AAA", OrderSide.Sell, 13m), new(4, "BBB", OrderSide.Buy, 50m),
    ];

    [Fact]
    public void Rebalances_on_schedule_selling_first_and_buying_once_the_sale_is_booked()
    {
        var run = new PortfolioHarness(new PeriodicRebalancerStrategy([Aaa.Id, Bbb.Id], [0.5m, 0.5m], every: 3, fraction: 1m), [Aaa, Bbb]).Run(Slices);
        Assert.Equal(Expected, run.Placed);
        Assert.Equal((37m, 150m, 100m), (run.Position(Aaa), run.Position(Bbb), run.Host.CashIn("USD")));
        Assert.Empty(run.Host.Anomalies);
    }

    [Fact]
    public void A_drift_beyond_the_threshold_rebalances_before_the_schedule()
    {
        // AAA's weight goes from 0.5 to 10,000 / 15,000 = 0.67 on slice 3: a 0.17 drift > 0.1.
        var run = new PortfolioHarness(new PeriodicRebalancerStrategy([Aaa.Id, Bbb.Id], [0.5m, 0.5m], every: 100, drift: 0.1m, fraction: 1m),
            [Aaa, Bbb]).Run(Slices);
        Assert.Equal(Expected, run.Placed);
    }

    [Fact]
    public void A_time_one_instrument_lacks_is_not_a_decision_point()
    {
        var strategy = new PeriodicRebalancerStrategy([Aaa.Id, Bbb.Id], [0.5m, 0.5m], every: 3, fraction: 1m);
        var run = new PortfolioHarness(strategy, [Aaa, Bbb]).Run([[PortfolioHarness.Daily(Aaa, 0, 100m)], .. Slices.Skip(1).Take(1)]);
        Assert.Equal([new Placed(1, "AAA", OrderSide.Buy, 50m), new Placed(1, "BBB", OrderSide.Buy, 100m)], run.Placed);
    }

    [Theory]
    [InlineData("0.5", "weights lists 1 weights for 2 instruments")]
    [InlineData("0.7,0.6", "weights must sum to at most 1")]
    [InlineData("0.5,x", "weights must be comma-separated numbers")]
    public void Bad_weights_are_refused_by_name(string weights, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("periodic-rebalancer",
            new Dictionary<string, string> { ["instruments"] = "SIM:AAA,SIM:BBB", ["weights"] = weights }));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_catalog_subscribes_to_every_instrument_and_defaults_to_equal_weights()
    {
        var built = StrategyCatalog.Create("periodic-rebalancer", new Dictionary<string, string> { ["instruments"] = "SIM:AAA, SIM:BBB" });
        Assert.Equal([Aaa.Id, Bbb.Id], built.Instruments);
        Assert.Equal([0.5m, 0.5m], ((PeriodicRebalancerStrategy)built.Strategy).Weights.Values);
    }
}
