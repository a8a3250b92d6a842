using Hive.Core.Risk;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>Order, account and venue together, every message delivered by the router once.</summary>
public class FlowSimulationTests
{
    private static readonly FillModelSettings Fees = new() { Fees = new FeeSchedule(0.0005m, 0.001m) };

    private static OrderRequest Market(string id, OrderSide side, decimal quantity) =>
        OrderRequest.Market(Id(id), Account, Spx.Id, side, quantity);

    private static OrderRequest Limit(string id, OrderSide side, decimal quantity, decimal price) =>
        OrderRequest.Limit(Id(id), Account, Spx.Id, side, quantity, price);

    /// <summary>Every order finished, owing nothing; every fill the orders stored booked once; the ledger identity.</summary>
    private static void AssertSettled(FlowSimulation sim)
    {
        Assert.Empty(sim.OrderRefusals);
        Assert.All(sim.Orders.Values, o => Assert.True(o.CanPassivate && sim.Owed(o.ClientOrderId).Count == 0,
            $"{o.ClientOrderId} ({o.Order.Status}) still owes {string.Join(", ", sim.Owed(o.ClientOrderId))}"));
        var fills = sim.StoredFills.ToList();
        Assert.Equal(fills.Count, fills.Select(f => f.TradeId).Distinct().Count());
        Assert.Equal(fills.Count, sim.Account.FillsBooked);
        Assert.Equal(fills.Sum(f => f.Side.Sign() * f.Quantity), sim.Account.PositionIn(Spx.Id));
        Assert.Equal(sim.Account.Deposits["USD"] - fills.Sum(f => f.Side.Sign() * f.Quantity * f.Price) - fills.Sum(f => f.Fee),
            sim.Account.CashIn("USD"));
        Assert.Empty(sim.Account.Reservations);
        Assert.Equal(sim.Account.Deposits["USD"] - sim.Account.Fees.GetValueOrDefault("USD") + sim.Account.RealizedPnl.GetValueOrDefault("USD"),
            sim.Account.CashIn("USD") + sim.Account.Positions.Values.Sum(p => p.CostBasis));
    }

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
        Assert.Equal([new TradeId("m1-1")], m1.Fills.Select(f => f.TradeId));
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
        Assert.True(sim.Delivery("l2").Released);
        Assert.Empty(sim.Account.Reservations);

        // Selling the position realizes the gain over the average cost of 98.3333...
        sim.Place(Market("m2", OrderSide.Sell, 15m), reference: 96m);
        sim.Settle();
        sim.PushBar(Bar(4, 99m, 100m, 98m, 99m));
        sim.Settle();
        Assert.Equal(0m, sim.Account.PositionIn(Spx.Id));
        Assert.Equal(15m * 99m - 1485m, Math.Round(sim.Account.RealizedPnl["USD"], 10));

        AssertSettled(sim);
        Assert.Equal(3, sim.Account.FillsBooked);
    }

    [Fact]
    public void A_filled_market_order_costs_three_order_journal_events_two_account_events_no_venue_events_and_eight_messages()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        var accountEventsBefore = sim.AccountJournal.Count;

        sim.Place(Market("m1", OrderSide.Buy, 10m), reference: 100m);
        sim.Settle();
        sim.PushBar(Bar(1, 101m, 102m, 99m, 101m));
        sim.Settle();

        Assert.Equal(OrderStatus.Filled, sim.Order("m1").Order.Status);
        Assert.Equal([typeof(OrderSubmitted), typeof(OrderAccepted), typeof(OrderFilled)], sim.OrderJournal(Id("m1")).Select(e => e.GetType()));
        Assert.Equal([typeof(BuyingPowerReserved), typeof(ExecutionBooked)], sim.AccountJournal.Skip(accountEventsBefore).Select(e => e.GetType()));
        // The venue journals nothing: it has no journal; the order group holds what became real.
        // Placed; held and forwarded to the venue; accepted; one poll; the fill pushed; booked; confirmed. No release: the fill consumed the hold.
        Assert.Equal(
            [typeof(PlaceOrder), typeof(ReserveBuyingPower), typeof(RouteOrder), typeof(VenueReports), typeof(RouteOrder), typeof(VenueReports),
                typeof(BookExecution), typeof(FillBooked)],
            sim.DeliveredMessages.Select(m => m.GetType()));
        Assert.Equal(8, sim.Delivered);
        AssertSettled(sim);
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
        Assert.Empty(sim.Venue.ReportsFor(Id("big"), 0));
        // The venue only ever saw the bar.
        Assert.Equal(1, sim.Venue.InputsHandled);
        Assert.DoesNotContain(sim.DeliveredMessages, m => m is RouteOrder);
        AssertSettled(sim);
    }

    [Fact]
    public void A_reserve_that_arrives_after_the_order_was_refused_and_released_holds_nothing()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 1_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Market("o1", OrderSide.Buy, 10m), reference: 100m);
        var earlierRetry = sim.Owed(Id("o1")).Single();
        sim.Settle();
        Assert.Equal(OrderStatus.Rejected, sim.Order("o1").Order.Status);
        Assert.True(sim.Delivery("o1").Released);

        // Funds arrive, then a retry of the reserve the order sent while it was new reaches the account.
        Assert.False(sim.AccountDecides(new DepositFunds(Account, "more", "USD", 10_000m)).IsRejected);
        sim.DeliverNow(earlierRetry);
        sim.Settle();

        // Held now, it would stay held for good: the order has finished and its release was confirmed.
        Assert.Empty(sim.Account.Reservations);
        Assert.Equal(0, sim.Venue.WorkingOrders);
        Assert.Equal(11_000m, sim.Account.BuyingPower("USD"));
        AssertSettled(sim);
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
        Assert.Equal([new TradeId("l1-1"), new TradeId("l1-2")], l1.Fills.Select(f => f.TradeId));
        Assert.Equal(2, sim.Delivery("l1").FillsBooked);
        Assert.Equal((2m, 2), (sim.Account.Reservations[Id("l1")].Quantity, sim.Account.Reservations[Id("l1")].FillsBooked));

        sim.Cancel("l1");
        sim.Settle();
        Assert.Equal(OrderStatus.Cancelled, sim.Order("l1").Order.Status);
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        AssertSettled(sim);
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
        // Filled at 10 of the 20 held for: what is left of the hold is released.
        Assert.True(sim.Delivery("l1").Released);
        AssertSettled(sim);
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
        AssertSettled(sim);
    }

    [Fact]
    public void A_hold_stays_until_its_fill_is_booked_so_its_buying_power_is_not_spent_twice()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 1_500m);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Market("a", OrderSide.Buy, 10m), reference: 100m);
        sim.Settle();
        // "a" fills for 1000 of the 1500; its booking is slow to reach the account.
        sim.PushBar(Bar(1, 100m, 101m, 99m, 100m));
        Assert.Equal(OrderStatus.Filled, sim.Order("a").Order.Status);

        // Meanwhile "b" asks for 1001 of buying power: only 500 is really left, and a's hold still says so.
        sim.Place(Market("b", OrderSide.Buy, 10m), reference: 100m);
        sim.DeliverOwedOnly(m => m is ReserveBuyingPower);
        sim.Settle();
        sim.PushBar(Bar(2, 100m, 101m, 99m, 100m));
        sim.Settle();

        Assert.Equal((OrderStatus.Rejected, TradingRejections.InsufficientBuyingPower), (sim.Order("b").Order.Status, sim.Order("b").Order.RejectionCode));
        Assert.Equal(500m, sim.Account.CashIn("USD"));
        AssertSettled(sim);
    }

    [Fact]
    public void A_venue_restarted_from_its_snapshot_takes_its_working_orders_back_and_fills_only_what_is_left()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees with { MaxVolumeShare = 0.5m });
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m, volume: 8m));
        sim.Place(Limit("l1", OrderSide.Buy, 10m, 99m));
        sim.Settle();
        sim.PushBar(Bar(1, 100m, 101m, 98m, 100m, volume: 8m));
        sim.Settle();
        Assert.Equal(4m, sim.Order("l1").Order.FilledQuantity);

        sim.RestartVenue();
        // Asked to route again, the order hands the venue its progress.
        Assert.Equal(1, sim.Venue.WorkingOrders);
        sim.Settle();
        sim.PushBar(Bar(2, 100m, 101m, 98m, 100m, volume: 40m));
        sim.Settle();

        var l1 = sim.Order("l1");
        Assert.Equal((OrderStatus.Filled, 10m), (l1.Order.Status, l1.Order.FilledQuantity));
        Assert.Equal([(new TradeId("l1-1"), 4m), (new TradeId("l1-2"), 6m)], l1.Fills.Select(f => (f.TradeId, f.Quantity)));
        Assert.Equal(10m, sim.Account.PositionIn(Spx.Id));
        AssertSettled(sim);
    }

    [Fact]
    public void A_fill_the_venue_offered_and_no_order_stored_before_the_venue_restarted_is_forgotten_not_booked()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000m, Fees);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Limit("l1", OrderSide.Buy, 10m, 99m));
        sim.Settle();
        var snapshot = sim.SaveVenueSnapshot();

        // The venue fills the order, but crashes before the report reaches the order (it is lost).
        var step = sim.Venue.Handle(new ApplyBar(Bar(1, 100m, 101m, 98m, 100m)), sim.WallClock);
        Assert.Equal(new TradeId("l1-1"), Assert.Single(step.Pushed).Reports.Single().Fill!.TradeId);
        sim.RestartVenue(snapshot);
        sim.Settle();
        Assert.Equal((OrderStatus.Accepted, 0), (sim.Order("l1").Order.Status, sim.Order("l1").Fills.Count));

        // Back on its book, the order fills on the next bar, under the trade id nobody stored.
        sim.PushBar(Bar(2, 99m, 99m, 97m, 98m));
        sim.Settle();
        var fill = Assert.Single(sim.Order("l1").Fills);
        Assert.Equal((new TradeId("l1-1"), 99m), (fill.TradeId, fill.Price));
        AssertSettled(sim);
    }

    [Fact]
    public void An_order_entity_restarted_mid_flow_sends_what_it_owes_again_and_nothing_is_booked_or_journaled_twice()
    {
        var sim = new FlowSimulation(Spx, AccountType.Margin, 100_000m, Fees with { MaxVolumeShare = 0.5m }, leverage: 2m);
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m, volume: 10m));
        sim.Place(Limit("l1", OrderSide.Buy, 12m, 100m));
        sim.Settle();
        sim.PushBar(Bar(1, 100m, 101m, 99m, 100m, volume: 10m));
        sim.Settle();
        var journal = sim.OrderJournal(Id("l1")).Count;
        var account = sim.Account;

        sim.RestartOrder(Id("l1"));
        Assert.Equal(OrderDelivery.None, sim.Delivery("l1"));
        // It asks the venue from report 0 and books its fill again; every receiver recognises the repeats.
        var owed = sim.Owed(Id("l1"));
        Assert.Contains(owed, m => m is RouteOrder { FromIndex: 0, Progress.Filled: 5m });
        Assert.Contains(owed, m => m is BookExecution { FillNumber: 1 });
        sim.Settle();
        Assert.Equal(journal, sim.OrderJournal(Id("l1")).Count);
        Assert.Equal((account.Version, account.FillsBooked), (sim.Account.Version, sim.Account.FillsBooked));
        Assert.Equal((2, 1), (sim.Delivery("l1").VenueReportsApplied, sim.Delivery("l1").FillsBooked));

        sim.PushBar(Bar(2, 100m, 101m, 99m, 100m, volume: 40m));
        sim.Settle();
        Assert.Equal(OrderStatus.Filled, sim.Order("l1").Order.Status);
        AssertSettled(sim);
    }

    [Fact]
    public void A_finished_order_restarted_long_after_its_hold_closed_does_not_get_its_fills_booked_again()
    {
        var sim = new FlowSimulation(Spx, AccountType.Cash, 100_000_000m, Fees);
        // Thousands of holds at one instant: the ledger's window is under test, not the order rate.
        sim.AccountDecides(new SetRiskLimits(Account, RiskLimits.None));
        sim.PushBar(Bar(0, 100m, 101m, 99m, 100m));
        sim.Place(Market("first", OrderSide.Buy, 1m), reference: 100m);
        sim.Settle();
        sim.PushBar(Bar(1, 100m, 101m, 99m, 100m));
        sim.Settle();
        Assert.Equal(OrderStatus.Filled, sim.Order("first").Order.Status);

        // More holds close after it than the account remembers closed holds.
        for (var n = 0; n <= AccountState.ClosedKept; n++)
        {
            var other = Limit($"r{n}", OrderSide.Buy, 1m, 50m);
            Assert.Single(sim.AccountDecides(new ReserveBuyingPower(other, "USD", 50m)).Events);
            Assert.Single(sim.AccountDecides(new ReleaseReservation(Account, other.ClientOrderId, "Cancelled")).Events);
        }
        Assert.DoesNotContain(Id("first"), sim.Account.ClosedHolds.Keys);
        var cash = sim.Account.CashIn("USD");

        // Woken (a query, a strategy placing it again), the order no longer knows its fill was booked, and sends it again.
        sim.RestartOrder(Id("first"));
        Assert.Contains(sim.Owed(Id("first")), m => m is BookExecution { FillNumber: 1 });
        sim.Settle();

        Assert.Equal(cash, sim.Account.CashIn("USD"));
        Assert.Equal(1m, sim.Account.PositionIn(Spx.Id));
        AssertSettled(sim);
    }
}
