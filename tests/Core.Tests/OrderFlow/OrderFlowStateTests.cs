using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.OrderFlow;
using Hive.Core.Tests.Support;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

public class OrderFlowStateTests
{
    private static readonly OrderRequest Buy = OrderRequest.Limit(Id("o1"), Account, Spx.Id, OrderSide.Buy, 10m, 100m);
    private static readonly OrderRequest MarketBuy = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 10m);

    private static OrderFlowState Fresh(OrderRequest request) => OrderFlowState.Empty(request.ClientOrderId);

    private static RouteOrder Poll(OrderFlowState state, int fromIndex) => new(state.Order.Request!, fromIndex, Progress(state));

    private static FillBooked Booked(OrderRequest order, string tradeId, int fillNumber, long accountVersion = 20, string? refused = null) =>
        new(order.ClientOrderId, new TradeId(tradeId), fillNumber, accountVersion, refused);

    [Fact]
    public void Placing_an_order_journals_one_event_that_sizes_its_hold_and_owes_exactly_the_buying_power_reservation()
    {
        var state = Fresh(Buy).Do(Place(Buy), out var events);

        var submitted = Assert.IsType<OrderSubmitted>(Assert.Single(events));
        Assert.Equal((Buy, 100m, "USD", FeeRate), (submitted.Request, submitted.ReferencePrice, submitted.Currency, submitted.ReserveFeeRate));
        Assert.Equal(OrderStatus.New, state.Order.Status);
        Assert.Equal((100m, "USD", FeeRate), (state.ReferencePrice, state.Currency, state.ReserveFeeRate));
        Assert.Equal(new ReserveBuyingPower(Buy, "USD", 100m, FeeRate), Assert.Single(state.Outbox(OrderDelivery.None)));
        Assert.False(state.CanPassivate);
    }

    [Fact]
    public void A_market_order_reserves_at_its_reference_price()
    {
        var state = Fresh(MarketBuy).Do(Place(MarketBuy, reference: 101.5m));
        Assert.Equal(new ReserveBuyingPower(MarketBuy, "USD", 101.5m, FeeRate), Assert.Single(state.Outbox(OrderDelivery.None)));
    }

    [Fact]
    public void A_stop_order_without_a_reference_price_reserves_at_its_stop()
    {
        var stop = new OrderRequest(Id("s1"), Account, Spx.Id, OrderSide.Buy, OrderType.Stop, 3m, StopPrice: 110m);
        var reserve = Assert.IsType<ReserveBuyingPower>(Assert.Single(Fresh(stop).Do(Place(stop)).Outbox(OrderDelivery.None)));
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
    public void A_market_order_whose_reference_price_puts_it_above_the_maximum_notional_is_refused()
    {
        var huge = MarketBuy with { Quantity = 1_000_000_000m };
        var rejection = DecisionAssert.Rejected(Fresh(huge).Try(Place(huge, reference: 10_000_000m)), InstrumentRules.NotionalAboveMaximum);
        Assert.Contains(Spx.MaxNotional.ToString(), rejection.Message);
    }

    [Fact]
    public void An_order_for_1e27_shares_is_refused_as_above_the_maximum_quantity_and_not_created()
    {
        var absurd = MarketBuy with { Quantity = 1e27m };
        var rejection = DecisionAssert.Rejected(Fresh(absurd).Try(Place(absurd, reference: 100m)), InstrumentRules.QuantityAboveMaximum);
        Assert.Contains("1000000000000000000000000000", rejection.Message);
        DecisionAssert.Rejected(Fresh(absurd).Try(Place(absurd with { Type = OrderType.Limit, LimitPrice = 100m }, reference: 100m)),
            InstrumentRules.QuantityAboveMaximum);
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
        DecisionAssert.Rejected(Fresh(Buy).Try(Reports(Buy, 0, Accepted())), TradingRejections.UnknownOrder);
        var state = Fresh(Buy).Do(Place(Buy));
        DecisionAssert.Rejected(state.Try(new ReservationRefused(Id("other"), "x", "y")), TradingRejections.UnknownOrder);
        DecisionAssert.Rejected(state.Try(Place(MarketBuy, 100m)), TradingRejections.UnknownOrder);
    }

    [Fact]
    public void Until_the_venue_answers_the_order_owes_only_its_reservation_whatever_was_confirmed()
    {
        // The account forwards the order to the venue once it holds; the order itself only repeats the reservation.
        var state = Fresh(Buy).Do(Place(Buy));
        Assert.Equal([new ReserveBuyingPower(Buy, "USD", 100m, FeeRate)], state.Outbox(Delivery(reports: 0, fillsBooked: 0, released: true)));
    }

    [Fact]
    public void The_venues_acceptance_turns_the_reservation_into_a_poll_of_the_venue_with_the_orders_progress()
    {
        var state = Working(Buy);
        Assert.Equal(OrderStatus.Accepted, state.Order.Status);
        Assert.Equal(new RouteOrder(Buy, 1, new WorkingOrderProgress(10m, 100m, null, 0m, 0, false)), Assert.Single(state.Outbox(Delivery(1))));
        // Before the order took the acceptance report it asks from report 0 again.
        Assert.Equal(new RouteOrder(Buy, 0, Progress(state)), Assert.Single(state.Outbox(OrderDelivery.None)));
    }

    [Fact]
    public void A_refused_reservation_rejects_the_order_with_the_accounts_code_and_owes_one_release_in_case_a_repeat_was_held()
    {
        var state = Fresh(Buy).Do(Place(Buy))
            .Do(new ReservationRefused(Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower, "needs 1001 USD"));

        Assert.Equal(OrderStatus.Rejected, state.Order.Status);
        Assert.Equal(TradingRejections.InsufficientBuyingPower, state.Order.RejectionCode);
        // A duplicated reserve may have been held after the first copy was refused (funds arrived in between).
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Rejected"), Assert.Single(state.Outbox(OrderDelivery.None)));
        Assert.Empty(state.Outbox(OrderDelivery.None.ReleaseConfirmed()));
        Assert.True(state.CanPassivate);
        DecisionAssert.AlreadyApplied(state.Try(new ReservationRefused(Buy.ClientOrderId, "x", "again")));
    }

    [Fact]
    public void A_refusal_after_the_venue_answered_is_stale_and_ignored()
    {
        var state = Working(Buy);
        DecisionAssert.AlreadyApplied(state.Try(new ReservationRefused(Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower, "late")));
        Assert.Equal(OrderStatus.Accepted, state.Order.Status);
    }

    [Fact]
    public void Venue_reports_are_applied_once_each_in_order_even_when_batches_overlap_or_repeat()
    {
        var state = Working(Buy);
        var delivery = Delivery(1);

        // Repeats of what was taken are trimmed away; applied anyway, they change nothing.
        Assert.Null(delivery.Unseen(Reports(Buy, 0, Accepted())));
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 0, Accepted())));

        var partial = Filled(Buy, "o1-1", 4m, 100m);
        var rest = Filled(Buy, "o1-2", 6m, 99.5m);
        var batch = delivery.Unseen(Reports(Buy, 0, Accepted(), partial))!;
        Assert.Equal(Reports(Buy, 1, partial).Reports, batch.Reports);
        state = state.Do(batch, out var events);
        delivery = delivery.Took(batch);
        Assert.IsType<OrderFilled>(Assert.Single(events));
        Assert.Equal(2, delivery.VenueReportsApplied);
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 1, partial)));

        // An overlapping batch applies only its new tail.
        batch = delivery.Unseen(Reports(Buy, 0, Accepted(), partial, rest))!;
        state = state.Do(batch, out events);
        delivery = delivery.Took(batch);
        Assert.Equal(new TradeId("o1-2"), Assert.IsType<OrderFilled>(Assert.Single(events)).TradeId);
        Assert.Equal((OrderStatus.Filled, 10m, 3), (state.Order.Status, state.Order.FilledQuantity, delivery.VenueReportsApplied));
        Assert.Equal([new TradeId("o1-1"), new TradeId("o1-2")], state.Fills.Select(f => f.TradeId));

        // A whole batch fetched again (an order that restarted asks from report 0) changes nothing either.
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 0, Accepted(), partial, rest)));
    }

    [Fact]
    public void A_batch_that_starts_after_a_gap_is_left_for_the_poll_that_fetches_it_in_order()
    {
        var delivery = Delivery(1);
        Assert.Null(delivery.Unseen(Reports(Buy, 2, Filled(Buy, "o1-2", 6m, 100m))));
        Assert.Equal(1, delivery.VenueReportsApplied);
        Assert.Equal(Poll(Working(Buy), 1), Assert.Single(Working(Buy).Outbox(delivery)));
    }

    [Fact]
    public void A_fill_owes_its_booking_by_fill_number_until_the_account_confirms_it()
    {
        var fill = Filled(Buy, "o1-1", 4m, 100m, fee: 0.4m);
        var state = Working(Buy).Do(Reports(Buy, 1, fill));
        var booking = Assert.IsType<BookExecution>(state.Outbox(Delivery(2))[1]);
        Assert.Equal((new TradeId("o1-1"), 1, 4m, 0.4m), (booking.Execution.TradeId, booking.FillNumber, booking.Execution.Quantity, booking.Execution.Fee));
        Assert.Equal([Poll(state, 2), booking], state.Outbox(Delivery(2)));

        var delivery = Delivery(2).Booked(Booked(Buy, "o1-1", 1));
        Assert.Equal(Poll(state, 2), Assert.Single(state.Outbox(delivery)));
        Assert.Equal(delivery, delivery.Booked(Booked(Buy, "o1-1", 1, accountVersion: 99)));
    }

    [Fact]
    public void A_fill_the_account_refused_as_out_of_order_is_sent_again_and_one_it_refused_outright_is_not()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "o1-1", 10m, 100m)));
        Assert.Contains(state.Outbox(Delivery(2).Booked(Booked(Buy, "o1-1", 1, refused: TradingRejections.FillOutOfOrder))),
            m => m is BookExecution);
        Assert.DoesNotContain(state.Outbox(Delivery(2).Booked(Booked(Buy, "o1-1", 1, refused: TradingRejections.AccountNotOpen))),
            m => m is BookExecution);
    }

    [Fact]
    public void A_fully_filled_order_owes_its_bookings_and_no_release_because_its_fills_consumed_the_hold()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "o1-1", 4m, 100m), Filled(Buy, "o1-2", 6m, 100m)));
        Assert.True(state.Order.IsTerminal);
        Assert.Equal([1, 2], state.Outbox(Delivery(3)).Cast<BookExecution>().Select(b => b.FillNumber));
        Assert.Equal([2], state.Outbox(Delivery(3, fillsBooked: 1)).Cast<BookExecution>().Select(b => b.FillNumber));
        Assert.Empty(state.Outbox(Delivery(3, fillsBooked: 2)));
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void A_cancelled_order_owes_the_release_only_after_its_fills_are_booked_and_then_nothing()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "o1-1", 4m, 100m)))
            .Do(new RequestCancel(Buy.ClientOrderId, "user"))
            .Do(Reports(Buy, 2, new VenueReport(VenueReportKind.Cancelled, Reason: "cancelled on request", Attempt: 1)));
        Assert.Equal(OrderStatus.Cancelled, state.Order.Status);
        // Released first, the fill's buying power would be handed to other orders while its cost is not yet in the ledger.
        Assert.IsType<BookExecution>(Assert.Single(state.Outbox(Delivery(3))));
        var booked = Delivery(3, fillsBooked: 1);
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Cancelled"), Assert.Single(state.Outbox(booked)));
        Assert.Empty(state.Outbox(booked.ReleaseConfirmed()));
    }

    [Fact]
    public void A_cancel_is_refused_until_the_venue_has_acknowledged_the_order()
    {
        var rejection = DecisionAssert.Rejected(Fresh(Buy).Do(Place(Buy)).Try(new RequestCancel(Buy.ClientOrderId, "user")), TradingRejections.NotYetWorking);
        Assert.Contains("o1", rejection.Message);
    }

    [Fact]
    public void A_cancel_after_the_venue_accepted_is_routed_with_its_attempt_number_until_answered()
    {
        var state = Working(Buy).Do(new RequestCancel(Buy.ClientOrderId, "user"));
        Assert.Equal(OrderStatus.PendingCancel, state.Order.Status);
        Assert.Equal([Poll(state, 1), new RouteCancel(Spx.Id, Buy.ClientOrderId, 1, 1)], state.Outbox(Delivery(1)));
        DecisionAssert.AlreadyApplied(state.Try(new RequestCancel(Buy.ClientOrderId, "twice")));

        // The venue refuses (say the order was busy), the order is working again and a second cancel is attempt 2.
        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.CancelRejected, Reason: "busy", Attempt: 1)));
        Assert.Equal(OrderStatus.Accepted, state.Order.Status);
        state = state.Do(new RequestCancel(Buy.ClientOrderId, "again"));
        Assert.Contains(new RouteCancel(Spx.Id, Buy.ClientOrderId, 2, 2), state.Outbox(Delivery(2)));

        state = state.Do(Reports(Buy, 2, new VenueReport(VenueReportKind.Cancelled, Reason: "cancelled on request", Attempt: 2)));
        Assert.Equal(OrderStatus.Cancelled, state.Order.Status);
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Cancelled"), Assert.Single(state.Outbox(Delivery(3))));
    }

    [Fact]
    public void The_answer_to_an_older_cancel_attempt_than_the_current_one_is_skipped()
    {
        // Attempt 1 was refused and applied; the order asks from report 0 again (say after a restart) while attempt 2 is pending.
        var refused1 = new VenueReport(VenueReportKind.CancelRejected, Reason: "busy", Attempt: 1);
        var state = Working(Buy).Do(new RequestCancel(Buy.ClientOrderId, "user")).Do(Reports(Buy, 1, refused1))
            .Do(new RequestCancel(Buy.ClientOrderId, "again"));
        Assert.Equal((OrderStatus.PendingCancel, 2), (state.Order.Status, state.CancelAttempts));

        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 0, Accepted(), refused1)));
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 1, new VenueReport(VenueReportKind.Cancelled, Attempt: 1))));
        Assert.Equal(OrderStatus.PendingCancel, state.Order.Status);

        state = state.Do(Reports(Buy, 0, Accepted(), refused1, new VenueReport(VenueReportKind.Cancelled, Attempt: 2)));
        Assert.Equal(OrderStatus.Cancelled, state.Order.Status);
    }

    [Fact]
    public void The_answer_to_an_older_replace_attempt_than_the_current_one_is_skipped()
    {
        var state = Working(Buy).Do(new RequestReplace(Buy.ClientOrderId, 8m, null, null) { Instrument = Spx })
            .Do(Reports(Buy, 1, new VenueReport(VenueReportKind.ReplaceRejected, Reason: "no", Attempt: 1)))
            .Do(new RequestReplace(Buy.ClientOrderId, 6m, null, null) { Instrument = Spx });
        Assert.Equal((OrderStatus.PendingReplace, 2), (state.Order.Status, state.ReplaceAttempts));

        // A confirmation of attempt 1 would apply attempt 2's terms; it is not the current attempt's answer.
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 1, new VenueReport(VenueReportKind.Replaced, Attempt: 1))));
        DecisionAssert.AlreadyApplied(state.Try(Reports(Buy, 1, new VenueReport(VenueReportKind.ReplaceRejected, Reason: "no", Attempt: 1))));
        Assert.Equal(OrderStatus.PendingReplace, state.Order.Status);

        state = state.Do(Reports(Buy, 2, new VenueReport(VenueReportKind.Replaced, Attempt: 2)));
        Assert.Equal((OrderStatus.Accepted, 6m), (state.Order.Status, state.Order.Quantity));
    }

    [Fact]
    public void Cancelling_a_filled_order_is_an_invalid_transition()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "o1-1", 10m, 100m)));
        DecisionAssert.Rejected(state.Try(new RequestCancel(Buy.ClientOrderId, "too late")), TradingRejections.InvalidTransition);
    }

    [Fact]
    public void A_report_the_order_state_machine_refuses_is_skipped_without_a_journal_event_and_the_next_one_still_applies()
    {
        // A limit order has no trigger, and a fill report without its execution is malformed.
        var batch = Reports(Buy, 1,
            new VenueReport(VenueReportKind.Triggered, TriggerPrice: 100m),
            new VenueReport(VenueReportKind.Filled),
            Filled(Buy, "o1-1", 10m, 100m));
        var state = Working(Buy).Do(batch, out var events);

        Assert.IsType<OrderFilled>(Assert.Single(events));
        Assert.Equal((OrderStatus.Filled, 4), (state.Order.Status, Delivery(1).Took(batch).VenueReportsApplied));
    }

    [Fact]
    public void A_replace_is_routed_with_its_attempt_and_new_terms_and_applied_when_the_venue_confirms()
    {
        var state = Working(Buy).Do(new RequestReplace(Buy.ClientOrderId, 8m, 99m, null) { Instrument = Spx });
        Assert.Equal(OrderStatus.PendingReplace, state.Order.Status);
        Assert.Equal([Poll(state, 1), new RouteReplace(Spx.Id, Buy.ClientOrderId, 1, 8m, 99m, null, 1)], state.Outbox(Delivery(1)));

        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.Replaced, Attempt: 1)));
        Assert.Equal((OrderStatus.Accepted, 8m, 99m), (state.Order.Status, state.Order.Quantity, state.Order.LimitPrice));
        Assert.Equal(new RouteOrder(Buy, 2, new WorkingOrderProgress(8m, 99m, null, 0m, 0, false)), Assert.Single(state.Outbox(Delivery(2))));

        // A refused second replace leaves the terms alone.
        state = state.Do(new RequestReplace(Buy.ClientOrderId, 6m, null, null) { Instrument = Spx });
        Assert.Contains(new RouteReplace(Spx.Id, Buy.ClientOrderId, 2, 6m, 99m, null, 2), state.Outbox(Delivery(2)));
        state = state.Do(Reports(Buy, 2, new VenueReport(VenueReportKind.ReplaceRejected, Reason: "no", Attempt: 2)));
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

        state = state.Do(Reports(Buy, 1, new VenueReport(VenueReportKind.Replaced, Attempt: 1), Filled(Buy, "o1-1", 5m, 100m)));
        Assert.Equal((OrderStatus.Filled, 5m), (state.Order.Status, state.Order.FilledQuantity));
        // Replaced down to 5, the order filled only half of what was held: the rest of the hold is released once booked.
        Assert.IsType<BookExecution>(Assert.Single(state.Outbox(Delivery(3))));
        Assert.Equal(new ReleaseReservation(Account, Buy.ClientOrderId, "Filled"), Assert.Single(state.Outbox(Delivery(3, fillsBooked: 1))));
    }

    [Fact]
    public void A_strategys_order_tells_it_each_booked_fill_with_the_account_version_and_its_end_once()
    {
        var strategy = new StrategyId("s1");
        var request = Buy with { StrategyId = strategy };
        var state = Working(request);
        Assert.Null(state.StrategyUpdate(Delivery(1)));

        state = state.Do(Reports(request, 1, Filled(request, "o1-1", 4m, 100m)));
        // A fill is told once booked, not when it arrives: a strategy must not count what the account does not hold yet.
        Assert.Null(state.StrategyUpdate(Delivery(2)));
        var delivery = Delivery(2).Booked(Booked(request, "o1-1", 1, accountVersion: 7));
        var update = state.StrategyUpdate(delivery)!;
        Assert.Equal((strategy, OrderStatus.PartiallyFilled), (update.StrategyId, update.Order.Status));
        Assert.Equal([new TradeId("o1-1")], update.Fills.Select(f => f.TradeId));
        Assert.Equal([7L], update.BookedAt);
        delivery = state.ToldStrategy(delivery);
        Assert.Null(state.StrategyUpdate(delivery));

        state = state.Do(Reports(request, 2, Filled(request, "o1-2", 6m, 100m)));
        delivery = delivery.Took(Reports(request, 2, Filled(request, "o1-2", 6m, 100m))).Booked(Booked(request, "o1-2", 2, accountVersion: 9));
        update = state.StrategyUpdate(delivery)!;
        Assert.Equal((OrderStatus.Filled, 2), (update.Order.Status, update.Fills.Count));
        Assert.Equal([7L, 9L], update.BookedAt);
        Assert.Null(state.StrategyUpdate(state.ToldStrategy(delivery)));
    }

    [Fact]
    public void An_order_placed_through_the_api_tells_no_strategy()
    {
        var state = Working(Buy).Do(Reports(Buy, 1, Filled(Buy, "o1-1", 10m, 100m)));
        Assert.Null(state.StrategyUpdate(Delivery(2, fillsBooked: 1)));
    }

    [Fact]
    public void Replaying_the_journaled_facts_rebuilds_the_same_order_and_the_same_outbox_for_the_same_delivery()
    {
        var events = new List<IOrderEvent>();
        var state = Fresh(Buy);
        foreach (var command in new IOrderFlowCommand[]
                 {
                     Place(Buy), Reports(Buy, 0, Accepted(), Filled(Buy, "o1-1", 4m, 100m)), new RequestCancel(Buy.ClientOrderId, "user"),
                     Reports(Buy, 2, new VenueReport(VenueReportKind.Cancelled, Attempt: 1)),
                 })
        {
            state = state.Do(command, out var persisted);
            events.AddRange(persisted);
        }
        Assert.Equal([typeof(OrderSubmitted), typeof(OrderAccepted), typeof(OrderFilled), typeof(OrderCancelPending), typeof(OrderCancelled)],
            events.Select(e => e.GetType()));
        var replayed = events.Aggregate(Fresh(Buy), (s, e) => s.Apply(e));
        Assert.Equal((state.Version, state.Order.Status, state.Order.FilledQuantity, state.CancelAttempts, state.ReferencePrice),
            (replayed.Version, replayed.Order.Status, replayed.Order.FilledQuantity, replayed.CancelAttempts, replayed.ReferencePrice));
        Assert.Equal(state.Fills, replayed.Fills);
        foreach (var delivery in new[] { OrderDelivery.None, Delivery(3), Delivery(3, fillsBooked: 1) })
            Assert.Equal(state.Outbox(delivery), replayed.Outbox(delivery));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }
}
