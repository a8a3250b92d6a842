using Hive.Core.Algos.Routing;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Algos;

public sealed class SmartOrderRouterTests
{
    // SIM: asks 100.00 x 300, 100.05 x 500; taker 10 bps. SIM2: asks 99.98 x 200, 100.02 x 400; taker 30 bps.
    // Effective buy prices: SIM 100.1000, 100.150050; SIM2 100.279940, 100.320060.
    private static readonly VenueBook Sim = new("SIM", [new(100.00m, 300m), new(100.05m, 500m)], new FeeSchedule(0m, 0.001m), 10_000m);
    private static readonly VenueBook Sim2 = new("SIM2", [new(99.98m, 200m), new(100.02m, 400m)], new FeeSchedule(0m, 0.003m), 10_000m);

    [Fact]
    public void A_buy_goes_to_the_cheapest_levels_after_fees_first()
    {
        var plan = SmartOrderRouter.Route(OrderSide.Buy, 1000m, [Sim, Sim2]);

        Assert.Equal([
            new RouteAllocation("SIM", 300m, 100.00m, 100.1m),
            new RouteAllocation("SIM", 500m, 100.05m, 100.15005m),
            new RouteAllocation("SIM2", 200m, 99.98m, 100.27994m),
        ], plan.Allocations);
        Assert.Equal(0m, plan.Unrouted);
        // (300 x 100.1 + 500 x 100.15005 + 200 x 100.27994) / 1000
        Assert.Equal(100.161013m, plan.AverageEffectivePrice);
    }

    [Fact]
    public void Without_fees_the_raw_best_price_wins()
    {
        var plan = SmartOrderRouter.Route(OrderSide.Buy, 250m, [Sim with { Fees = FeeSchedule.Free }, Sim2 with { Fees = FeeSchedule.Free }]);

        Assert.Equal([new RouteAllocation("SIM2", 200m, 99.98m, 99.98m), new RouteAllocation("SIM", 50m, 100.00m, 100.00m)], plan.Allocations);
    }

    [Fact]
    public void A_sell_goes_to_the_richest_bids_after_fees_and_per_unit_fees_count()
    {
        var a = new VenueBook("A", [new(50.00m, 100m)], new FeeSchedule(0m, 0m, 0.02m), 1000m);
        var b = new VenueBook("B", [new(49.99m, 100m)], FeeSchedule.Free, 1000m);

        var plan = SmartOrderRouter.Route(OrderSide.Sell, 150m, [a, b]);

        // A nets 49.98 a unit after its per-unit fee, B 49.99: B first.
        Assert.Equal([new RouteAllocation("B", 100m, 49.99m, 49.99m), new RouteAllocation("A", 50m, 50.00m, 49.98m)], plan.Allocations);
    }

    [Fact]
    public void Each_venue_takes_at_most_its_volume_cap_in_whole_lots_and_the_rest_is_unrouted()
    {
        var plan = SmartOrderRouter.Route(OrderSide.Buy, 2000m, [Sim with { VolumeCap = 350m, LotSize = 100m }, Sim2 with { VolumeCap = 250m }]);

        Assert.Equal([
            new RouteAllocation("SIM", 300m, 100.00m, 100.1m),
            new RouteAllocation("SIM2", 200m, 99.98m, 100.27994m),
            new RouteAllocation("SIM2", 50m, 100.02m, 100.32006m),
        ], plan.Allocations);
        Assert.Equal(1450m, plan.Unrouted);
        Assert.Equal(new Dictionary<string, decimal> { ["SIM"] = 300m, ["SIM2"] = 250m }, plan.ByVenue);
    }

    [Fact]
    public void What_a_venue_refuses_is_re_routed_over_the_others_remaining_levels()
    {
        var plan = SmartOrderRouter.Route(OrderSide.Buy, 1000m, [Sim, Sim2]);

        var rerouted = SmartOrderRouter.Reroute(OrderSide.Buy, plan, "SIM", 600m, [Sim, Sim2]);

        // SIM keeps its best 200; SIM2 already had 200 at 99.98, so the 600 take its 400 at 100.02 and 200 stay unrouted.
        Assert.Equal([
            new RouteAllocation("SIM", 200m, 100.00m, 100.1m),
            new RouteAllocation("SIM2", 200m, 99.98m, 100.27994m),
            new RouteAllocation("SIM2", 400m, 100.02m, 100.32006m),
        ], rerouted.Allocations);
        Assert.Equal(200m, rerouted.Unrouted);
        Assert.Equal(800m, rerouted.Routed);
    }

    [Fact]
    public void Ties_in_effective_price_go_to_the_venue_name_in_order()
    {
        var a = new VenueBook("B", [new(10m, 5m)], FeeSchedule.Free, 100m);
        var b = new VenueBook("A", [new(10m, 5m)], FeeSchedule.Free, 100m);

        Assert.Equal(["A", "B"], SmartOrderRouter.Route(OrderSide.Buy, 10m, [a, b]).Allocations.Select(x => x.Venue));
    }

    [Theory]
    [InlineData(0, "quantity must be positive")]
    [InlineData(-1, "quantity must be positive")]
    public void A_quantity_that_is_not_positive_is_refused(decimal quantity, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => SmartOrderRouter.Route(OrderSide.Buy, quantity, [Sim])).Message);

    [Fact]
    public void Bad_books_are_refused_naming_the_venue()
    {
        Assert.Contains("volumeCap of SIM", Assert.Throws<ArgumentException>(() => SmartOrderRouter.Route(OrderSide.Buy, 1m, [Sim with { VolumeCap = -1m }])).Message);
        Assert.Contains("levels of SIM", Assert.Throws<ArgumentException>(() =>
            SmartOrderRouter.Route(OrderSide.Buy, 1m, [Sim with { Levels = [new(0m, 5m)] }])).Message);
        Assert.Contains("venue SIM has more than one book", Assert.Throws<ArgumentException>(() => SmartOrderRouter.Route(OrderSide.Buy, 1m, [Sim, Sim])).Message);
        Assert.Contains("refused quantity must be in (0, 800]", Assert.Throws<ArgumentException>(() =>
            SmartOrderRouter.Reroute(OrderSide.Buy, SmartOrderRouter.Route(OrderSide.Buy, 1000m, [Sim, Sim2]), "SIM", 900m, [Sim, Sim2])).Message);
    }
}
