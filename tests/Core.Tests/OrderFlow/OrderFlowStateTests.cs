using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.OrderFlow;
using Hive.Core.Tests.Entities;
using Hive.Core.Trading;
using static Hive.Core.Tests.OrderFlow.FlowData;

namespace Hive.Core.Tests.OrderFlow;

public class OrderFlowStateTests
{
    private static readonly OrderRequest Buy = OrderRequest.Limit(Id("o1"), Account, Spx.Id, OrderSide.Buy, 10m, 100m);
    private static readonly OrderRequest MarketBuy = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 10m);

    private static OrderFlowState Fresh(OrderRequest request) => OrderFlowState.Empty(request.ClientOrderId);

    [Fact]
    public void Placing_an_order_records_it_and_owes_exactly_the_buying_power_reservation()
    {
        var state = Fresh(Buy).Do(Place(Buy), out var events);

        Assert.Collection(events,
            e => Assert.Equal(Buy, Assert.IsType<OrderSubmitted>(e).Request),
            e =>
            {
                var started = Assert.IsType<OrderFlowStarted>(e);
                Assert.Equal((100m, "USD", FeeRate), (started.ReferencePrice, started.Currency, started.ReserveFeeRate));
            });
        Assert.Equal(OrderStatus.New, state.Order.Status);
        Assert.Equal(new ReserveBuyingPower(Buy, "USD", 100m, FeeRate), Assert.Single(state.Outbox()));
        Assert.False(state.CanPassivate);
    }

    [Fact]
    public void A_market_order_reserves_at_its_reference_price()
    {
        var state = Fresh(MarketBuy).Do(Place(MarketBuy, reference: 101.5m));
        Assert.Equal(new ReserveBuyingPower(MarketBuy, "USD", 101.5m, FeeRate), Assert.Single(state.Outbox()));
    }

    [Fact]
    public void A_stop_order_without_a_reference_price_reserves_at_its_stop()
    {
        var stop = new OrderRequest(Id("s1"), Account, Spx.Id, OrderSide.Buy, OrderType.Stop, 3m, StopPrice: 110m);
        var reserve = Assert.IsType<ReserveBuyingPower>(Assert.Single(Fresh(stop).Do(Place(stop)).Outbox()));
        Assert.Equal(110m, reserve.ReferencePrice);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_market_order_without_a_positive_reference_price_is_refused(int? reference)
    {
        var rejection = DecisionAssert.Rejected(Fresh(MarketBuy).Try(Place(MarketBuy, reference)), TradingRejections.MissingReferencePrice);
        Assert.Contains("m1", rejection.Message);
    }

    [Fact]
    public void An_order_for_an_instrument_the_node_does_not_list_is_refused()
    {
        var rejection = DecisionAssert.Rejected(Fresh(Buy).Try(new PlaceOrder(Buy)), TradingRejections.UnknownInstrument);
        Assert.Contains("SIM:SPX", rejection.Message);
    }

    [Fact]
    public void An_order_the_instrument_rules_refuse_is_not_created()
    {
        var offTick = Buy with { LimitPrice = 100.001m };
        DecisionAssert.Rejected(Fresh(offTick).Try(Place(offTick)), InstrumentRules.OffTick);
        Assert.False(Fresh(offTick).Exists);
    }

    [Fact]
    public void Placing_the_same_order_again_is_already_applied_and_another_order_with_the_same_id_is_refused()
    {
        var state = Fresh(Buy).Do(Place(Buy));
        DecisionAssert.AlreadyApplied(state.Try(Place(Buy)));
        DecisionAssert.AlreadyApplied(state.Try(Place(Buy, reference: 99m)));
        DecisionAssert.Rejected(state.Try(Place(Buy with { Quantity = 11m })), TradingRejections.DuplicateClientOrderId);
    }

    [Fact]
    public void Commands_for_a_missing_or_another_order_are_refused_as_unknown_order()
    {
        DecisionAssert.Rejected(Fresh(Buy).Try(new ReservationConfirmed(Buy.ClientOrderId)), TradingRejections.UnknownOrder);
        var state = Fresh(Buy).Do(Place(Buy));
        DecisionAssert.Rejected(state.Try(new ReservationConfirmed(Id("other"))), TradingRejections.UnknownOrder);
        DecisionAssert.Rejected(state.Try(Place(MarketBuy, 100m)), TradingRejections.UnknownOrder);
    }

    [Fact]
    public void A_confirmed_reservation_sends_the_order_to_its_venue_from_report_zero()
    {
        var state = Fresh(Buy).Do(Place(Buy)).Do(new ReservationConfirmed(Buy.ClientOrderId));
        Assert.True(state.Reserved);
        Assert.Equal(new RouteOrder(Buy, 0), Assert.Single(state.Outbox()));
        DecisionAssert.AlreadyApplied(state.Try(new ReservationConfirmed(Buy.ClientOrderId)));
    }

    [Fact]
    public void A_refused_reservation_rejects_the_order_with_the_accounts_code_and_owes_nothing()
    {
        var state = Fresh(Buy).Do(Place(Buy))
            .Do(new ReservationRefused(Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower, "needs 1001 USD"));

        Assert.Equal(OrderStatus.Rejected, state.Order.Status);
        Assert.Equal(TradingRejections.InsufficientBuyingPower, state.Order.RejectionCode);
        // Nothing was held, so there is nothing to release either.
        Assert.Empty(state.Outbox());
        Assert.True(state.CanPassivate);
        DecisionAssert.AlreadyApplied(state.Try(new ReservationRefused(Buy.ClientOrderId, "x", "again")));
    }

    [Fact]
    public void A_refusal_after_the_confirmation_is_stale_and_ignored()
    {
        var state = Fresh(Buy).Do(Place(Buy)).Do(new ReservationConfirmed(Buy.ClientOrderId));
        DecisionAssert.AlreadyApplied(state.Try(new ReservationRefused(Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower, "late")));
    }

    [Fact]
    public void A_confirmation_that_arrives_after_a_refusal_makes_the_order_release_the_hold()
    {
        // A duplicated reserve can be accepted after the first copy was refused (funds arrived in between).
        var state = Fresh(Buy).Do(Place(Buy))
            .Do(new ReservationRefused(Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower, "first copy"))
            .Do(new ReservationConfirmed(Buy.ClientOrderId));
        Assert.Equal(OrderStatus.Rejected, state.Order.Status);
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Rejected"), Assert.Single(state.Outbox()));
    }

    [Fact]
    public void Venue_reports_are_applied_once_each_in_order_even_when_batches_overlap_or_repeat()
    {
        var state = Working(Buy);
        Assert.Equal(1, state.VenueReportsApplied);
        Assert.Equal(OrderStatus.Accepted, state.Order.Status);
        Assert.Equal(new RouteOrder(Buy, 1), Assert.Single(state.Outbox()));

        // Repeats of what was applied change nothing.
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 0, Accepted())));
        var partial = Filled(Buy, "t1", 4m, 100m);
        var rest = Filled(Buy, "t2", 6m, 99.5m);
        state = state.Do(Reports(Buy, 0, Accepted(), partial), out var events);
        Assert.Equal([typeof(OrderFilled), typeof(VenueReportConsumed)], events.Select(e => e.GetType()));
        Assert.Equal(1, ((VenueReportConsumed)events[1]).Index);
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 1, partial)));

        // An overlapping batch applies only its new tail.
        state = state.Do(Reports(Buy, 0, Accepted(), partial, rest), out events);
        Assert.Equal(2, events.Count);
        Assert.Equal(new TradeId("t2"), Assert.IsType<OrderFilled>(events[0]).TradeId);
        Assert.Equal((OrderStatus.Filled, 10m, 3), (state.Order.Status, state.Order.FilledQuantity, state.VenueReportsApplied));
        Assert.Equal([new TradeId("t1"), new TradeId("t2")], state.Fills.Select(f => f.TradeId));
    }

    [Fact]
    public void A_batch_that_starts_after_a_gap_is_not_applied()
    {
        var state = Working(Buy);
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 2, Filled(Buy, "t9", 10m, 100m))));
        Assert.Equal(1, state.VenueReportsApplied);
        Assert.Empty(state.Fills);
    }

    [Fact]
    public void A_fill_owes_its_booking_until_the_account_confirms_it()
    {
        var fill = Filled(Buy, "t1", 4m, 100m, fee: 0.4m);
        var state = Working(Buy).Do(Reports(Buy, 1, fill));

        Assert.Equal([new RouteOrder(Buy, 2), new BookExecution(fill.Fill!)], state.Outbox());
        state = state.Do(new FillBooked(Buy.ClientOrderId, new TradeId("t1")));
        Assert.Equal(new RouteOrder(Buy, 2), Assert.Single(state.Outbox()));
        DecisionAssert.AlreadyApplied(state.Try(new FillBooked(Buy.ClientOrderId, new TradeId("t1"))));
        DecisionAssert.Rejected(state.Try(new FillBooked(Buy.ClientOrderId, new TradeId("t7"))), TradingRejections.UnknownTrade);
    }

    [Fact]
    public void A_fill_the_account_refused_counts_as_settled_and_is_not_retried()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "t1", 10m, 100m)))
            .Do(new FillBooked(Buy.ClientOrderId, new TradeId("t1"), TradingRejections.AccountNotOpen));
        Assert.DoesNotContain(state.Outbox(), m => m is BookExecution);
    }

    [Fact]
    public void A_finished_order_owes_the_release_after_its_fills_are_booked_and_then_can_passivate()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "t1", 10m, 100m)));
        Assert.True(state.Order.IsTerminal);
        // The release waits for the booking: released first, the fill's buying power would be handed out twice.
        Assert.IsType<BookExecution>(Assert.Single(state.Outbox()));
        Assert.False(state.CanPassivate);

        state = state.Do(new FillBooked(Buy.ClientOrderId, new TradeId("t1")));
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Filled"), Assert.Single(state.Outbox()));
        Assert.False(state.CanPassivate);

        state = state.Do(new ReleaseConfirmed(Buy.ClientOrderId));
        Assert.Empty(state.Outbox());
        Assert.True(state.CanPassivate);
        DecisionAssert.AlreadyApplied(state.Try(new ReleaseConfirmed(Buy.ClientOrderId)));
    }

    [Fact]
    public void A_cancel_is_refused_until_the_venue_has_acknowledged_the_order()
    {
        var placed = Fresh(Buy).Do(Place(Buy));
        var reserved = placed.Do(new ReservationConfirmed(Buy.ClientOrderId));
        foreach (var state in new[] { placed, reserved })
        {
            var rejection = DecisionAssert.Rejected(state.Try(new RequestCancel(Buy.ClientOrderId, "user")), TradingRejections.NotYetWorking);
            Assert.Contains("o1", rejection.Message);
        }
    }

    [Fact]
    public void A_cancel_after_the_venue_accepted_is_routed_with_its_attempt_number_until_answered()
    {
        var state = Working(Buy).Do(new RequestCancel(Buy.ClientOrderId, "user"));
        Assert.Equal(OrderStatus.PendingCancel, state.Order.Status);
        Assert.Equal([new RouteOrder(Buy, 1), new RouteCancel(Spx.Id, Buy.ClientOrderId, 1, 1)], state.Outbox());
        DecisionAssert.AlreadyApplied(state.Try(new RequestCancel(Buy.ClientOrderId, "twice")));

        // The venue refuses (say the order was busy), the order is working again and a second cancel is attempt 2.
        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.CancelRejected, Reason: "busy")));
        Assert.Equal(OrderStatus.Accepted, state.Order.Status);
        state = state.Do(new RequestCancel(Buy.ClientOrderId, "again"));
        Assert.Contains(new RouteCancel(Spx.Id, Buy.ClientOrderId, 2, 2), state.Outbox());

        state = state.Do(Reports(Buy, 2, new VenueReport(VenueReportKind.Cancelled, Reason: "cancelled on request")));
        Assert.Equal(OrderStatus.Cancelled, state.Order.Status);
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Cancelled"), Assert.Single(state.Outbox()));
    }

    [Fact]
    public void Cancelling_a_filled_order_is_an_invalid_transition()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "t1", 10m, 100m)));
        DecisionAssert.Rejected(state.Try(new RequestCancel(Buy.ClientOrderId, "too late")), TradingRejections.InvalidTransition);
    }

    [Fact]
    public void A_report_the_order_state_machine_refuses_is_consumed_as_skipped_with_its_reason()
    {
        // A limit order has no trigger; the report is recorded as not applicable and the next one still applies.
        var state = Working(Buy).Do(Reports(Buy, 1,
            new VenueReport(VenueReportKind.Triggered, TriggerPrice: 100m),
            new VenueReport(VenueReportKind.Filled),
            Filled(Buy, "t1", 10m, 100m)), out var events);

        var consumed = events.OfType<VenueReportConsumed>().ToList();
        Assert.Equal([1, 2, 3], consumed.Select(c => c.Index));
        Assert.StartsWith(TradingRejections.InvalidTransition, consumed[0].SkippedBecause);
        Assert.Contains("malformed Filled", consumed[1].SkippedBecause);
        Assert.Null(consumed[2].SkippedBecause);
        Assert.Equal((OrderStatus.Filled, 4), (state.Order.Status, state.VenueReportsApplied));
    }

    [Fact]
    public void A_replace_is_routed_with_its_attempt_and_new_terms_and_applied_when_the_venue_confirms()
    {
        var state = Working(Buy).Do(new RequestReplace(Buy.ClientOrderId, 8m, 99m, null) { Instrument = Spx });
        Assert.Equal(OrderStatus.PendingReplace, state.Order.Status);
        Assert.Equal([new RouteOrder(Buy, 1), new RouteReplace(Spx.Id, Buy.ClientOrderId, 1, 8m, 99m, null, 1)], state.Outbox());

        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.Replaced)));
        Assert.Equal((OrderStatus.Accepted, 8m, 99m), (state.Order.Status, state.Order.Quantity, state.Order.LimitPrice));
        Assert.Equal(new RouteOrder(Buy, 2), Assert.Single(state.Outbox()));

        // A refused second replace leaves the terms alone.
        state = state.Do(new RequestReplace(Buy.ClientOrderId, 6m, null, null) { Instrument = Spx });
        Assert.Contains(new RouteReplace(Spx.Id, Buy.ClientOrderId, 2, 6m, 99m, null, 2), state.Outbox());
        state = state.Do(Reports(Buy, 2, new VenueReport(VenueReportKind.ReplaceRejected, Reason: "no")));
        Assert.Equal((OrderStatus.Accepted, 8m, 2), (state.Order.Status, state.Order.Quantity, state.ReplaceAttempts));
        // Growing the order beyond the buying power held for it is refused: that is a new order.
        DecisionAssert.Rejected(state.Try(new RequestReplace(Buy.ClientOrderId, 11m, null, null) { Instrument = Spx }), TradingRejections.ReplaceExceedsHold);
        DecisionAssert.Rejected(state.Try(new RequestReplace(Buy.ClientOrderId, 10m, 101m, null) { Instrument = Spx }), TradingRejections.ReplaceExceedsHold);
    }

    [Fact]
    public void A_replace_without_the_instrument_or_that_changes_nothing_is_refused()
    {
        var state = Working(Buy);
        DecisionAssert.Rejected(state.Try(new RequestReplace(Buy.ClientOrderId, 15m, null, null)), TradingRejections.UnknownInstrument);
        DecisionAssert.Rejected(state.Try(new RequestReplace(Buy.ClientOrderId, null, null, null) { Instrument = Spx }), TradingRejections.NothingToReplace);
    }

    [Fact]
    public void A_cancel_is_refused_while_a_replace_is_pending_at_the_venue()
    {
        // Were it accepted, a replace the venue confirms meanwhile could not be applied (cancel-pending) and the
        // venue's fills of the new quantity would be refused as overfills: a fill lost between venue and account.
        var state = Working(Buy).Do(new RequestReplace(Buy.ClientOrderId, 5m, null, null) { Instrument = Spx });
        DecisionAssert.Rejected(state.Try(new RequestCancel(Buy.ClientOrderId, "user")), TradingRejections.ReplacePending);

        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.Replaced), Filled(Buy, "t1", 5m, 100m)));
        Assert.Equal((OrderStatus.Filled, 5m), (state.Order.Status, state.Order.FilledQuantity));
        Assert.IsType<BookExecution>(Assert.Single(state.Outbox()));
    }

    [Fact]
    public void Replaying_the_persisted_events_rebuilds_the_same_flow()
    {
        var events = new List<IOrderEvent>();
        var state = Fresh(Buy);
        foreach (var command in new IOrderFlowCommand[]
                 {
                     Place(Buy), new ReservationConfirmed(Buy.ClientOrderId), Reports(Buy, 0, Accepted(), Filled(Buy, "t1", 4m, 100m)),
                     new FillBooked(Buy.ClientOrderId, new TradeId("t1")), new RequestCancel(Buy.ClientOrderId, "user"),
                     Reports(Buy, 2, new VenueReport(VenueReportKind.Cancelled)),
                 })
        {
            state = state.Do(command, out var persisted);
            events.AddRange(persisted);
        }
        var replayed = events.Aggregate(Fresh(Buy), (s, e) => s.Apply(e));
        Assert.Equal(state.Outbox(), replayed.Outbox());
        Assert.Equal((state.Version, state.Order.Status, state.VenueReportsApplied, state.CancelAttempts),
            (replayed.Version, replayed.Order.Status, replayed.VenueReportsApplied, replayed.CancelAttempts));
        Assert.Equal(state.Fills, replayed.Fills);
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }
}
