using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Orders;

public class OrderStateTests
{
    private static readonly ClientOrderId Id = new("o-1");
    private static readonly OrderRequest Buy10 = TestData.Limit("o-1", OrderSide.Buy, 10, 100m);

    private static OrderState Accepted() =>
        OrderState.Empty(Id).Do(new SubmitOrder(Buy10, TestData.Spx)).Do(new AcceptOrder(Id, new VenueOrderId("SIM-1")));

    private static FillOrder Fill(string trade, decimal quantity, decimal price = 100m) =>
        new(Id, new TradeId(trade), quantity, price, 0.1m, "USD", LiquiditySide.Maker, TestData.Now);

    [Fact]
    public void A_submitted_order_goes_new_then_accepted_then_partially_filled_then_filled()
    {
        var state = OrderState.Empty(Id).Do(new SubmitOrder(Buy10, TestData.Spx));
        Assert.Equal(OrderStatus.New, state.Status);
        state = state.Do(new AcceptOrder(Id, new VenueOrderId("SIM-1")));
        Assert.Equal(OrderStatus.Accepted, state.Status);
        state = state.Do(Fill("t1", 4, 100m));
        Assert.Equal((OrderStatus.PartiallyFilled, 4m, 6m), (state.Status, state.FilledQuantity, state.LeavesQuantity));
        state = state.Do(Fill("t2", 6, 99m));
        Assert.Equal(OrderStatus.Filled, state.Status);
        Assert.Equal((4m * 100m + 6m * 99m) / 10m, state.AverageFillPrice);
        Assert.Equal(0.2m, state.Fees);
    }

    [Fact]
    public void Submitting_the_same_client_order_id_twice_yields_one_order()
    {
        var state = OrderState.Empty(Id).Do(new SubmitOrder(Buy10, TestData.Spx));
        var again = state.Decide(new SubmitOrder(Buy10, TestData.Spx), TestData.Now);
        Assert.False(again.IsRejected);
        Assert.Empty(again.Events);
    }

    [Fact]
    public void Reusing_a_client_order_id_for_a_different_order_is_rejected()
    {
        var state = OrderState.Empty(Id).Do(new SubmitOrder(Buy10, TestData.Spx));
        var different = state.Decide(new SubmitOrder(Buy10 with { Quantity = 11 }, TestData.Spx), TestData.Now);
        Assert.Equal(TradingRejections.DuplicateClientOrderId, different.Rejection!.Code);
    }

    [Fact]
    public void Duplicate_fill_with_same_trade_id_is_refused()
    {
        var state = Accepted().Do(Fill("t1", 4));
        var again = state.Decide(Fill("t1", 4), TestData.Now);
        Assert.Equal(TradingRejections.DuplicateTrade, again.Rejection!.Code);
        Assert.Contains("t1", again.Rejection.Message);
    }

    [Fact]
    public void A_fill_larger_than_what_is_left_is_refused()
    {
        var state = Accepted().Do(Fill("t1", 8));
        Assert.Equal(TradingRejections.Overfill, state.Decide(Fill("t2", 3), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Cancelling_a_filled_order_is_rejected_with_a_reason_not_an_exception()
    {
        var filled = Accepted().Do(Fill("t1", 10));
        var decision = filled.Decide(new CancelOrder(Id), TestData.Now);
        Assert.Equal(TradingRejections.InvalidTransition, decision.Rejection!.Code);
        Assert.Contains("Filled", decision.Rejection.Message);
        Assert.Contains("cancelled", decision.Rejection.Message);
    }

    [Fact]
    public void Cancel_goes_through_pending_cancel_and_a_refused_cancel_returns_to_the_previous_state()
    {
        var partially = Accepted().Do(Fill("t1", 3));
        var pending = partially.Do(new CancelOrder(Id));
        Assert.Equal(OrderStatus.PendingCancel, pending.Status);
        Assert.Equal(OrderStatus.PartiallyFilled, pending.Do(new RejectCancel(Id, "too late")).Status);
        Assert.Equal(OrderStatus.Cancelled, pending.Do(new ConfirmCancel(Id, "on request")).Status);
    }

    [Fact]
    public void A_partial_fill_while_cancel_is_pending_stays_pending_and_remembers_the_fill()
    {
        var pending = Accepted().Do(new CancelOrder(Id)).Do(Fill("t1", 2));
        Assert.Equal((OrderStatus.PendingCancel, 2m), (pending.Status, pending.FilledQuantity));
        Assert.Equal(OrderStatus.PartiallyFilled, pending.Do(new RejectCancel(Id, "no")).Status);
    }

    [Fact]
    public void Replace_changes_quantity_and_price_only_when_the_venue_confirms()
    {
        var pending = Accepted().Do(new ReplaceOrder(Id, TestData.Spx, Quantity: 20, LimitPrice: 101m));
        Assert.Equal((OrderStatus.PendingReplace, 10m, 100m), (pending.Status, pending.Quantity, pending.LimitPrice!.Value));
        var replaced = pending.Do(new ConfirmReplace(Id));
        Assert.Equal((OrderStatus.Accepted, 20m, 101m), (replaced.Status, replaced.Quantity, replaced.LimitPrice!.Value));
        var refused = pending.Do(new RejectReplace(Id, "no"));
        Assert.Equal((OrderStatus.Accepted, 10m), (refused.Status, refused.Quantity));
    }

    [Fact]
    public void Replace_to_an_off_tick_price_or_below_the_filled_quantity_is_rejected()
    {
        var state = Accepted().Do(Fill("t1", 5));
        Assert.Equal(InstrumentRules.OffTick, state.Decide(new ReplaceOrder(Id, TestData.Spx, LimitPrice: 100.001m), TestData.Now).Rejection!.Code);
        Assert.Equal(TradingRejections.Overfill, state.Decide(new ReplaceOrder(Id, TestData.Spx, Quantity: 5), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Only_stop_orders_can_be_triggered()
    {
        Assert.Equal(TradingRejections.InvalidTransition, Accepted().Decide(new TriggerOrder(Id, 99m), TestData.Now).Rejection!.Code);
        var stop = new OrderRequest(Id, TestData.Account, TestData.Spx.Id, OrderSide.Sell, OrderType.Stop, 10, StopPrice: 95m);
        var triggered = OrderState.Empty(Id).Do(new SubmitOrder(stop, TestData.Spx)).Do(new AcceptOrder(Id, new VenueOrderId("v")))
            .Do(new TriggerOrder(Id, 95m));
        Assert.Equal(OrderStatus.Triggered, triggered.Status);
    }

    [Theory]
    [InlineData(0, "non-positive-quantity")]
    [InlineData(-1, "non-positive-quantity")]
    [InlineData(1.5, "quantity-off-lot")]
    public void Bad_quantities_are_rejected_at_submit(double quantity, string code)
    {
        var decision = OrderState.Empty(Id).Decide(new SubmitOrder(Buy10 with { Quantity = (decimal)quantity }, TestData.Spx), TestData.Now);
        Assert.Equal(code, decision.Rejection!.Code);
    }

    [Fact]
    public void Order_shape_rules_are_checked_at_submit()
    {
        OrderRequest Req(OrderType type, decimal? limit = null, decimal? stop = null, decimal? trail = null, TimeInForce tif = TimeInForce.Gtc,
            DateTime? expire = null, bool postOnly = false) =>
            new(Id, TestData.Account, TestData.Spx.Id, OrderSide.Buy, type, 1, limit, stop, trail, tif, expire, postOnly);
        string? Code(OrderRequest r) => OrderState.Empty(Id).Decide(new SubmitOrder(r, TestData.Spx), TestData.Now).Rejection?.Code;

        Assert.Equal(TradingRejections.MissingLimitPrice, Code(Req(OrderType.Limit)));
        Assert.Equal(TradingRejections.MissingStopPrice, Code(Req(OrderType.StopLimit, limit: 100m)));
        Assert.Equal(TradingRejections.UnexpectedPrice, Code(Req(OrderType.Market, limit: 100m)));
        Assert.Equal(TradingRejections.MissingTrailingOffset, Code(Req(OrderType.TrailingStop)));
        Assert.Equal(InstrumentRules.OffTick, Code(Req(OrderType.Stop, stop: 100.005m)));
        Assert.Equal(TradingRejections.PostOnlyNotLimit, Code(Req(OrderType.Market, postOnly: true)));
        Assert.Equal(TradingRejections.MissingExpiry, Code(Req(OrderType.Limit, limit: 100m, tif: TimeInForce.Gtd)));
        Assert.Equal(TradingRejections.ExpiryInPast, Code(Req(OrderType.Limit, limit: 100m, tif: TimeInForce.Gtd, expire: TestData.Now.AddHours(-1))));
        Assert.Null(Code(Req(OrderType.TrailingStop, trail: 1.5m)));
        Assert.Equal(TradingRejections.InstrumentMismatch,
            OrderState.Empty(Id).Decide(new SubmitOrder(Req(OrderType.Market), TestData.Btc), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Events_carry_a_deterministic_event_id_and_both_utc_times()
    {
        var later = TestData.Now.AddSeconds(5);
        var accepted = Accepted();
        var fill = Assert.IsType<OrderFilled>(Assert.Single(accepted.Decide(Fill("t1", 1), later).Events));
        Assert.Equal("o-1#3", fill.EventId);
        Assert.Equal(TestData.Now, fill.OccurredAt);
        Assert.Equal(later, fill.RecordedAt);
        Assert.Equal(DateTimeKind.Utc, fill.RecordedAt.Kind);
    }

    [Fact]
    public void Commands_for_an_order_that_does_not_exist_are_rejected()
    {
        var decision = OrderState.Empty(Id).Decide(new AcceptOrder(Id, new VenueOrderId("v")), TestData.Now);
        Assert.Equal(TradingRejections.InvalidTransition, decision.Rejection!.Code);
        Assert.Contains("does not exist", decision.Rejection.Message);
        Assert.Equal(TradingRejections.UnknownOrder,
            OrderState.Empty(Id).Decide(new CancelOrder(new ClientOrderId("other")), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Replaying_the_events_rebuilds_the_same_state()
    {
        var events = new List<IOrderEvent>();
        var state = OrderState.Empty(Id);
        foreach (var command in new IOrderCommand[] { new SubmitOrder(Buy10, TestData.Spx), new AcceptOrder(Id, new VenueOrderId("v")), Fill("a", 3), new CancelOrder(Id), Fill("b", 2), new ConfirmCancel(Id, "x") })
        {
            var decision = state.Decide(command, TestData.Now);
            events.AddRange(decision.Events);
            state = TestData.Fold(state, decision.Events);
        }
        var replayed = TestData.Fold(OrderState.Empty(Id), events);
        Assert.Equal(state.Status, replayed.Status);
        Assert.Equal(state.FilledQuantity, replayed.FilledQuantity);
        Assert.Equal(state.Version, replayed.Version);
        Assert.Equal(OrderStatus.Cancelled, replayed.Status);
        Assert.Equal(5m, replayed.FilledQuantity);
    }
}
