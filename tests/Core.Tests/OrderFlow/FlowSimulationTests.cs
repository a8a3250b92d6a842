using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;
using static Hive.Core.Tests.OrderFlow.FlowData;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>Order, account and venue together, every message delivered by the router once.</summary>
public class FlowSimulationTests
{
    private static readonly FillModelSettings Fees = new() { Fees = new FeeSchedule(0.0005m, 0.001m) };

    private static OrderRequest Market(string id, OrderSide side, decimal quantity) =>
        OrderRequest.Market(Id(id), Account, Spx.Id, side, quantity);

    private static OrderRequest Limit(string id, OrderSide side, decimal quantity, decimal price) =>
        OrderRequest.Limit(Id(id), Account, Spx.Id, side, quantity, price);

    [Fact]
    public void Orders_fill_against_bars_and_the_account_books_them_and_releases_every_hold()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));

        Assert.False(sim.Place(Market("m1", OrderSide.Buy, 10m), reference: 100m).IsRejected);
        sim.Settle();
        Assert.Equal(OrderStatus.Accepted, sim.Order("m1").Order.Status);
        Assert.Equal(1001m, sim.Account.ReservedIn("USD"));

        Assert.False(sim.Place(Limit("l1", OrderSide.Buy, 5m, 95m)).IsRejected);
        sim.Settle();
        Assert.Equal(1001m + 475.475m, sim.Account.ReservedIn("USD"));

        // The market order takes the next open (taker fee 10 bps); the limit is not reached.
        sim.PushBar(Bar(1, 101m, 102m, 99m, 101m));
        sim.Settle();
        var m1 = sim.Order("m1");
        Assert.Equal((OrderStatus.Filled, 10m, 101m), (m1.Order.Status, m1.Order.FilledQuantity, m1.Order.AverageFillPrice));
        Assert.True(m1.CanPassivate);
        Assert.Equal(100_000m - 1010m - 1.01m, sim.Account.CashIn("USD"));
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        Assert.Equal(Id("l1"), Assert.Single(sim.Account.Reservations).Key);

        // The limit rests and fills at its price as a maker (5 bps).
        sim.PushBar(Bar(2, 97m, 98m, 94m, 96m));
        sim.Settle();
        Assert.Equal(OrderStatus.Filled, sim.Order("l1").Order.Status);
        Assert.Equal(100_000m - 1010m - 1.01m - 475m - 0.2375m, sim.Account.CashIn("USD"));
        Assert.Equal(15m, sim.Account.PositionIn(Spx.Id));
        Assert.Equal(1.01m + 0.2375m, sim.Account.Fees["USD"]);
        Assert.Empty(sim.Account.Reservations);

        // A resting order that is cancelled gives its hold back; cash is untouched.
        sim.Place(Limit("l2", OrderSide.Buy, 5m, 80m));
        sim.Settle();
        sim.PushBar(Bar(3, 96m, 97m, 95m, 96m));
        sim.Settle();
        Assert.Equal(400.4m, sim.Account.ReservedIn("USD"));
        Assert.False(sim.Cancel("l2").IsRejected);
        sim.Settle();
        Assert.Equal(OrderStatus.Cancelled, sim.Order("l2").Order.Status);
        Assert.Empty(sim.Account.Reservations);

        // Selling the position realizes the gain over the average cost of 98.3333...
        sim.Place(Market("m2", OrderSide.Sell, 15m), reference: 96m);
        sim.Settle();
        sim.PushBar(Bar(4, 99m, 100m, 98m, 99m));
        sim.Settle();
        Assert.Equal(0m, sim.Account.PositionIn(Spx.Id));
        Assert.Equal(15m * 99m - 1485m, Math.Round(sim.Account.RealizedPnl["USD"], 10));

        Assert.Empty(sim.OrderRefusals);
        Assert.All(sim.Orders.Values, o => Assert.True(o.CanPassivate, $"{o.ClientOrderId} still owes {string.Join(", ", o.Outbox())}"));
        Assert.Equal(sim.VenueExecutions.Select(e => e.TradeId).ToHashSet(), sim.Account.AppliedTrades.ToHashSet());
        Assert.Equal(sim.Account.Deposits["USD"] - sim.Account.Fees["USD"] + sim.Account.RealizedPnl["USD"], sim.Account.CashIn("USD"));
    }

    [Fact]
    public void An_order_the_account_cannot_cover_is_rejected_and_never_reaches_the_venue()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 1_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Market("big", OrderSide.Buy, 10m), reference: 100m);
        sim.Settle();

        var big = sim.Order("big");
        Assert.Equal((OrderStatus.Rejected, TradingRejections.InsufficientBuyingPower), (big.Order.Status, big.Order.RejectionCode));
        Assert.True(big.CanPassivate);
        Assert.Empty(sim.Venue.ReportsFor(Id("big"), 0));
        Assert.Empty(sim.VenueJournal);
        Assert.Empty(sim.Account.Reservations);
    }

    [Fact]
    public void Partial_fills_under_a_volume_cap_are_each_booked_once_and_the_remainder_is_released_on_cancel()
    {
        var capped = Fees with { MaxVolumeShare = 0.5m };
        var sim = new FlowSimulation(Spx, AccountType.Margin, 100_000m, capped, leverage: 2m);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m, volume: 10m));
        sim.Place(Limit("l1", OrderSide.Buy, 12m, 100m));
        sim.Settle();
        for (var day = 1; day <= 2; day++)
        {
            sim.PushBar(Bar(day, 100m, 101m, 99m, 100m, volume: 10m));
            sim.Settle();
        }
        var l1 = sim.Order("l1");
        Assert.Equal((OrderStatus.PartiallyFilled, 10m), (l1.Order.Status, l1.Order.FilledQuantity));
        Assert.Equal(2, l1.Fills.Count);
        Assert.Equal(l1.Fills.Select(f => f.TradeId).ToHashSet(), l1.BookedFills.ToHashSet());
        Assert.Equal(2m, sim.Account.Reservations[Id("l1")].Quantity);

        sim.Cancel("l1");
        sim.Settle();
        Assert.Equal(OrderStatus.Cancelled, sim.Order("l1").Order.Status);
        Assert.Empty(sim.Account.Reservations);
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        Assert.True(sim.Order("l1").CanPassivate);
    }

    [Fact]
    public void A_replace_confirmed_by_the_venue_is_filled_in_full_and_booked()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Limit("l1", OrderSide.Buy, 20m, 90m));
        sim.Settle();
        // A replace may reprice within the order's hold (20 x 90): 10 x 95 needs less.
        Assert.False(sim.Send(new RequestReplace(Id("l1"), 10m, 95m, null) { Instrument = Spx }).IsRejected);
        sim.Settle();
        var l1 = sim.Order("l1");
        Assert.Equal((OrderStatus.Accepted, 10m, 95m), (l1.Order.Status, l1.Order.Quantity, l1.Order.LimitPrice));

        sim.PushBar(Bar(1, 96m, 97m, 94m, 95m));
        sim.Settle();
        Assert.Equal(OrderStatus.Filled, sim.Order("l1").Order.Status);
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        Assert.Empty(sim.Account.Reservations);
        Assert.Empty(sim.OrderRefusals);
    }

    [Fact]
    public void Replaying_the_venue_journal_reproduces_every_orders_reports()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees with { MaxVolumeShare = 0.5m });
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m, volume: 8m));
        sim.Place(Market("m1", OrderSide.Buy, 6m), reference: 100m);
        sim.Settle();
        sim.Place(Limit("l1", OrderSide.Buy, 5m, 99m));
        sim.Settle();
        for (var day = 1; day <= 4; day++)
        {
            sim.PushBar(Bar(day, 100m + day, 101m + day, 98m, 100m + day, volume: 8m));
            sim.Settle();
        }

        var replayed = new VenueSession(Spx, Fees with { MaxVolumeShare = 0.5m });
        foreach (var input in sim.VenueJournal) replayed.Apply(input);
        foreach (var id in sim.Orders.Keys)
            Assert.Equal(sim.Venue.ReportsFor(id, 0), replayed.ReportsFor(id, 0));
        Assert.NotEmpty(sim.VenueExecutions);
    }

    [Fact]
    public void A_fill_of_a_replaced_quantity_is_not_lost_when_a_cancel_races_the_replace()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Limit("l1", OrderSide.Buy, 20m, 90m));
        sim.Settle();

        // The replace reaches the venue and is confirmed there, but the answer has not come back yet...
        Assert.False(sim.Send(new RequestReplace(Id("l1"), 10m, 99m, null) { Instrument = Spx }).IsRejected);
        sim.DeliverOwedOnly(m => m is RouteReplace);
        // ...when the user cancels; and the next bar fills the order's new quantity before any cancel could arrive.
        Assert.Equal(TradingRejections.ReplacePending, sim.Cancel("l1").Rejection?.Code);
        sim.PushBar(Bar(1, 98m, 99m, 97m, 98m));
        sim.Settle();

        var l1 = sim.Order("l1");
        Assert.Equal((OrderStatus.Filled, 10m), (l1.Order.Status, l1.Order.FilledQuantity));
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        Assert.Empty(sim.Account.Reservations);
        Assert.True(l1.CanPassivate);
    }

    [Fact]
    public void A_hold_is_released_only_after_its_fill_is_booked_so_its_buying_power_is_not_spent_twice()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 1_500m);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Market("a", OrderSide.Buy, 10m), reference: 100m);
        sim.Settle();
        // "a" fills for 1000 of the 1500; its booking is slow to reach the account.
        sim.PushBar(Bar(1, 100m, 101m, 99m, 100m));
        Assert.Equal(OrderStatus.Filled, sim.Order("a").Order.Status);
        sim.DeliverOwedOnly(m => m is ReleaseReservation);

        // Meanwhile "b" asks for 1001 of buying power: only 500 is really left.
        sim.Place(Market("b", OrderSide.Buy, 10m), reference: 100m);
        sim.DeliverOwedOnly(m => m is ReserveBuyingPower);
        sim.Settle();
        sim.PushBar(Bar(2, 100m, 101m, 99m, 100m));
        sim.Settle();

        Assert.Equal((OrderStatus.Rejected, TradingRejections.InsufficientBuyingPower), (sim.Order("b").Order.Status, sim.Order("b").Order.RejectionCode));
        Assert.Equal(500m, sim.Account.CashIn("USD"));
        Assert.Empty(sim.Account.Reservations);
    }
}
