using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

public class MatchingEngineTests
{
    private readonly RecordingMatchListener _events = new();

    private MatchingEngine Engine(SelfTradePrevention stp = SelfTradePrevention.CancelResting) => new(_events, stp);

    private static BookOrder Limit(long id, OrderSide side, long price, long quantity, long owner = 0, BookOrderStyle style = BookOrderStyle.Gtc, bool postOnly = false) =>
        new(id, owner == 0 ? id : owner, side, price, quantity, style, PostOnly: postOnly);

    private static BookOrder Market(long id, OrderSide side, long quantity, long owner = 0) =>
        new(id, owner == 0 ? id : owner, side, 0, quantity, BookOrderStyle.Ioc, IsMarket: true);

    [Fact]
    public void Orders_at_the_same_price_fill_in_arrival_order()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5));
        engine.Submit(Limit(2, OrderSide.Sell, 100, 5));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 7));

        Assert.Equal([(1L, 5L), (2L, 2L)], _events.Trades.Select(t => (t.MakerId, t.Quantity)));
        Assert.Equal(3L, engine.RemainingOf(2));
        Assert.False(engine.Contains(1));
    }

    [Fact]
    public void Better_prices_fill_before_earlier_orders_at_worse_prices()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 102, 5));
        engine.Submit(Limit(2, OrderSide.Sell, 101, 5));
        engine.Submit(Limit(3, OrderSide.Buy, 102, 8));

        Assert.Equal([(2L, 101L, 5L), (1L, 102L, 3L)], _events.Trades.Select(t => (t.MakerId, t.Price, t.Quantity)));
    }

    [Fact]
    public void Trades_happen_at_the_resting_orders_price()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Buy, 99, 5));
        engine.Submit(Limit(2, OrderSide.Sell, 95, 5));
        Assert.Equal(99, Assert.Single(_events.Trades).Price);
    }

    [Fact]
    public void A_partially_filled_limit_order_rests_with_its_remainder()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        var traded = engine.Submit(Limit(2, OrderSide.Buy, 100, 10));

        Assert.Equal(3, traded);
        Assert.Equal(7L, engine.RemainingOf(2));
        Assert.Equal(100L, engine.BestBid);
        Assert.Null(engine.BestAsk);
    }

    [Fact]
    public void Ioc_cancels_what_it_cannot_fill_immediately()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        engine.Submit(Limit(2, OrderSide.Buy, 100, 10, style: BookOrderStyle.Ioc));

        Assert.Equal(3, Assert.Single(_events.Trades).Quantity);
        Assert.Contains((2L, 7L, BookCancelReason.ImmediateRemainder), _events.Cancelled);
        Assert.False(engine.Contains(2));
    }

    [Fact]
    public void Fok_that_cannot_fill_completely_is_rejected_without_trading()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        engine.Submit(Limit(2, OrderSide.Sell, 101, 3));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 5, style: BookOrderStyle.Fok));

        Assert.Empty(_events.Trades);
        Assert.Contains((3L, BookRejectReason.FokNotFillable), _events.Rejected);
        Assert.Equal(3L, engine.RemainingOf(1));
    }

    [Fact]
    public void Fok_that_can_fill_across_levels_fills_completely()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        engine.Submit(Limit(2, OrderSide.Sell, 101, 3));
        engine.Submit(Limit(3, OrderSide.Buy, 101, 5, style: BookOrderStyle.Fok));

        Assert.Equal(5, _events.Trades.Sum(t => t.Quantity));
        Assert.Empty(_events.Rejected);
    }

    [Fact]
    public void Post_only_order_that_would_take_is_rejected()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        engine.Submit(Limit(2, OrderSide.Buy, 100, 3, postOnly: true));

        Assert.Empty(_events.Trades);
        Assert.Contains((2L, BookRejectReason.PostOnlyWouldTake), _events.Rejected);
    }

    [Fact]
    public void Post_only_order_that_does_not_cross_rests()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 3));
        engine.Submit(Limit(2, OrderSide.Buy, 99, 3, postOnly: true));
        Assert.Equal(99L, engine.BestBid);
    }

    [Fact]
    public void Market_order_sweeps_levels_and_cancels_the_rest()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Buy, 100, 2));
        engine.Submit(Limit(2, OrderSide.Buy, 98, 2));
        engine.Submit(Market(3, OrderSide.Sell, 10));

        Assert.Equal([100L, 98L], _events.Trades.Select(t => t.Price));
        Assert.Contains((3L, 6L, BookCancelReason.ImmediateRemainder), _events.Cancelled);
        Assert.Null(engine.BestBid);
    }

    [Fact]
    public void Self_trade_prevention_cancels_the_resting_order_by_default()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5, owner: 7));
        engine.Submit(Limit(2, OrderSide.Sell, 100, 5, owner: 8));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 5, owner: 7));

        Assert.Contains((1L, 5L, BookCancelReason.SelfTrade), _events.Cancelled);
        Assert.Equal(2, Assert.Single(_events.Trades).MakerId);
    }

    [Fact]
    public void Self_trade_prevention_can_cancel_the_incoming_order_instead()
    {
        var engine = Engine(SelfTradePrevention.CancelIncoming);
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5, owner: 7));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 5, owner: 7));

        Assert.Empty(_events.Trades);
        Assert.Contains((3L, 5L, BookCancelReason.SelfTrade), _events.Cancelled);
        Assert.Equal(5L, engine.RemainingOf(1));
    }

    [Fact]
    public void Self_trade_prevention_can_cancel_both()
    {
        var engine = Engine(SelfTradePrevention.CancelBoth);
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5, owner: 7));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 5, owner: 7));

        Assert.Empty(_events.Trades);
        Assert.Equal(2, _events.Cancelled.Count(c => c.Reason == BookCancelReason.SelfTrade));
        Assert.Equal(0, engine.OrderCount);
    }

    [Fact]
    public void Cancel_removes_the_order_and_an_unknown_cancel_is_rejected()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Buy, 100, 5));
        Assert.True(engine.Cancel(1));
        Assert.False(engine.Cancel(1));
        Assert.Null(engine.BestBid);
        Assert.Contains((1L, BookRejectReason.UnknownOrder), _events.Rejected);
    }

    [Fact]
    public void Reducing_quantity_at_the_same_price_keeps_time_priority()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5));
        engine.Submit(Limit(2, OrderSide.Sell, 100, 5));
        engine.Replace(1, 100, 2);
        Assert.Equal([1L, 2L], engine.OrdersAt(OrderSide.Sell, 100));
        Assert.Equal(7, engine.Depth(OrderSide.Sell)[0].QuantityLots);
    }

    [Fact]
    public void Increasing_quantity_loses_time_priority()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Sell, 100, 5));
        engine.Submit(Limit(2, OrderSide.Sell, 100, 5));
        engine.Replace(1, 100, 9);
        Assert.Equal([2L, 1L], engine.OrdersAt(OrderSide.Sell, 100));
    }

    [Fact]
    public void Bad_quantities_prices_and_duplicate_ids_are_rejected()
    {
        var engine = Engine();
        engine.Submit(Limit(1, OrderSide.Buy, 100, 0));
        engine.Submit(Limit(2, OrderSide.Buy, -1, 5));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 5));
        engine.Submit(Limit(3, OrderSide.Buy, 101, 5));

        Assert.Equal([(1L, BookRejectReason.NonPositiveQuantity), (2L, BookRejectReason.NonPositivePrice), (3L, BookRejectReason.DuplicateOrderId)], _events.Rejected);
        Assert.Equal(1, engine.OrderCount);
    }

    [Fact]
    public void Depth_lists_levels_from_the_best_price_outwards()
    {
        var engine = Engine();
        foreach (var (id, price) in new[] { (1L, 98L), (2L, 100L), (3L, 99L), (4L, 100L) })
            engine.Submit(Limit(id, OrderSide.Buy, price, 1));
        Assert.Equal([new BookLevel(100, 2, 2), new BookLevel(99, 1, 1), new BookLevel(98, 1, 1)], engine.Depth(OrderSide.Buy));
    }

    [Fact]
    public void Trade_ids_count_up_from_the_configured_start()
    {
        var engine = new MatchingEngine(_events, firstTradeId: 41);
        engine.Submit(Limit(1, OrderSide.Sell, 100, 1));
        engine.Submit(Limit(2, OrderSide.Sell, 100, 1));
        engine.Submit(Limit(3, OrderSide.Buy, 100, 2));
        Assert.Equal([41L, 42L], _events.Trades.Select(t => t.TradeId));
        Assert.Equal(43, engine.NextTradeId);
    }
}
