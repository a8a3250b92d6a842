using Hive.Core.Portfolio;

namespace Hive.Core.Tests.Portfolio;

public sealed class DiscreteAllocationTests
{
    [Fact]
    public void Greedy_buys_floors_then_tops_up_the_furthest_behind()
    {
        // targets 500 and 500 at 100 and 30: 5 and 16 lots cost 980; a 17th lot of B (30) is beyond the 20 left
        var allocation = DiscreteAllocation.Greedy(["A", "B"], [0.5, 0.5], [100m, 30m], 1000m);
        Assert.Equal(5, allocation.Lots["A"]);
        Assert.Equal(16, allocation.Lots["B"]);
        Assert.Equal(20m, allocation.Leftover);
    }

    [Fact]
    public void Greedy_spends_leftover_cash_on_the_asset_with_the_largest_deficit()
    {
        // targets 600 / 400 at 70 / 45: floors 8 (560) and 8 (360), 80 left. Held weights 560/920 and 360/920: only B is
        // below its 0.4, so one B (35 left); then A is behind (560/965 < 0.6) but costs 70, more than is left.
        var allocation = DiscreteAllocation.Greedy(["A", "B"], [0.6, 0.4], [70m, 45m], 1000m);
        Assert.Equal(8, allocation.Lots["A"]);
        Assert.Equal(9, allocation.Lots["B"]);
        Assert.Equal(35m, allocation.Leftover);
    }

    [Fact]
    public void The_exact_method_finds_the_allocation_greedy_misses()
    {
        // A: target 59 at 60; B: target 41 at 1. Greedy keeps 41 B and 59 cash (cost 59 + 59);
        // selling one B buys A: |59 − 60| + |41 − 40| + 0 = 2.
        var greedy = DiscreteAllocation.Greedy(["A", "B"], [0.59, 0.41], [60m, 1m], 100m);
        var exact = DiscreteAllocation.Exact(["A", "B"], [0.59, 0.41], [60m, 1m], 100m);
        Assert.False(greedy.Lots.ContainsKey("A"));
        Assert.Equal(59m, greedy.Leftover);
        Assert.Equal(1, exact.Lots["A"]);
        Assert.Equal(40, exact.Lots["B"]);
        Assert.Equal(0m, exact.Leftover);
    }

    [Fact]
    public void The_exact_method_is_never_worse_than_greedy_on_the_reference_hrp_weights()
    {
        var stocks = ReferenceData.Stocks;
        var weights = HierarchicalRiskParity.FromReturns(stocks.Returns()).Weights;
        var prices = stocks.LatestPrices().Select(p => Math.Round((decimal)p, 2)).ToArray();
        var targets = weights.Select(w => (decimal)w * 10_000m).ToArray();
        var greedy = DiscreteAllocation.Greedy(stocks.Assets, weights, prices, 10_000m);
        var exact = DiscreteAllocation.Exact(stocks.Assets, weights, prices, 10_000m);
        long[] Lots(LotAllocation a) => stocks.Assets.Select(s => a.Lots.GetValueOrDefault(s)).ToArray();
        Assert.True(DiscreteAllocation.Cost(targets, prices, Lots(exact), 10_000m) <= DiscreteAllocation.Cost(targets, prices, Lots(greedy), 10_000m));
        Assert.True(exact.Leftover >= 0 && greedy.Leftover >= 0);
        Assert.Equal(10_000m, exact.Leftover + stocks.Assets.Select((s, i) => exact.Lots.GetValueOrDefault(s) * prices[i]).Sum());
    }

    [Fact]
    public void Short_weights_and_no_cash_are_refused()
    {
        Assert.Contains("long-only", Assert.Throws<ArgumentException>(() => DiscreteAllocation.Greedy(["A", "B"], [1.2, -0.2], [1m, 1m], 100m)).Message);
        Assert.Contains("cash", Assert.Throws<ArgumentException>(() => DiscreteAllocation.Exact(["A", "B"], [0.5, 0.5], [1m, 1m], 0m)).Message);
    }
}
