using Hive.Core.Instruments;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class PairsZScoreStrategyTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");

    // A tracks 2 x B within +-0.2% until slice 5, where A jumps 10% rich; on slice 6 it is back in line.
    private static readonly decimal[] A = [200.4m, 203.59m, 196.39m, 207.58m, 192.38m, 220m, 199.6m, 200.4m];
    private static readonly decimal[] B = [100m, 102m, 98m, 104m, 96m, 100m, 100m, 100m];

    /// <summary>The OLS of ln A on ln B over slices [from, to) and the z of slice <paramref name="at"/>, recomputed plainly.</summary>
    private static (double Beta, double Z) Fit(int from, int to, int at)
    {
        var xs = B[from..to].Select(p => Math.Log((double)p)).ToArray();
        var ys = A[from..to].Select(p => Math.Log((double)p)).ToArray();
        double mx = xs.Average(), my = ys.Average();
        var beta = xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / xs.Sum(x => (x - mx) * (x - mx));
        var alpha = my - beta * mx;
        var sd = Math.Sqrt(xs.Zip(ys).Sum(p => Math.Pow(p.Second - alpha - beta * p.First, 2)) / xs.Length);
        return (beta, (Math.Log((double)A[at]) - alpha - beta * Math.Log((double)B[at])) / sd);
    }

    private static PortfolioHarness Run(bool allowShort, AccountType type) =>
        new PortfolioHarness(new PairsZScoreStrategy([Aaa.Id, Bbb.Id], lookback: 5, entryZ: 2m, exitZ: 0.5m, fraction: 0.5m, allowShort: allowShort),
            [Aaa, Bbb], type: type).Run(PortfolioHarness.DailySlices([Aaa, Bbb], A, B));

    [Fact]
    public void Sells_the_rich_spread_with_a_beta_weighted_hedge_and_closes_both_legs_when_it_reverts()
    {
        var (beta, entryZ) = Fit(0, 5, 5);
        var (_, exitZ) = Fit(1, 6, 6);
        Assert.True(entryZ > 2, $"slice 5's z is {entryZ}");
        Assert.True(exitZ <= 0.5, $"slice 6's z is {exitZ}");
        // A: 10,000 x 0.5 / 220 = 22.7 -> 22. B: beta (about 0.94) x 22 x 220 / 100 = 45.5 -> 45.
        Assert.Equal(45m, Math.Floor((decimal)beta * 22m * 220m / 100m));

        var run = Run(allowShort: true, AccountType.Margin);
        Assert.Equal([
            new Placed(5, "AAA", OrderSide.Sell, 22m), new Placed(5, "BBB", OrderSide.Buy, 45m),
            new Placed(6, "AAA", OrderSide.Buy, 22m), new Placed(6, "BBB", OrderSide.Sell, 45m),
        ], run.Placed);
        Assert.Equal((0m, 0m), (run.Position(Aaa), run.Position(Bbb)));
        Assert.Empty(run.Host.Anomalies);
    }

    [Fact]
    public void Without_shorting_only_the_long_leg_is_traded()
    {
        var run = Run(allowShort: false, AccountType.Cash);
        Assert.Equal([new Placed(5, "BBB", OrderSide.Buy, 45m), new Placed(6, "BBB", OrderSide.Sell, 45m)], run.Placed);
    }

    [Fact]
    public void The_warm_up_places_nothing()
    {
        var run = new PortfolioHarness(new PairsZScoreStrategy([Aaa.Id, Bbb.Id], lookback: 5, allowShort: true), [Aaa, Bbb], type: AccountType.Margin)
            .Run(PortfolioHarness.DailySlices([Aaa, Bbb], A[..5], B[..5]));
        Assert.Empty(run.Placed);
    }

    [Fact]
    public void A_pair_needs_exactly_two_instruments()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("pairs-zscore",
            new Dictionary<string, string> { ["instruments"] = "SIM:AAA,SIM:BBB,SIM:CCC" }));
        Assert.Contains("instruments must list exactly two (A,B), got 3", error.Message);
    }
}
