using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.OrderFlow;
using Hive.Core.ReadModel;
using Hive.Core.Venues;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Venues;

public class SelfTradePreventionTests
{
    private static readonly DateTime Day1 = new(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc);
    private static readonly AccountId Other = new("acc-2");

    private static PaperVenue Venue(SelfTradePrevention fallback = SelfTradePrevention.None)
    {
        var venue = new PaperVenue("SIM", new FillModelSettings { SelfTradePrevention = fallback });
        venue.AddInstrument(TestData.Spx);
        return venue;
    }

    private static OrderRequest Limit(string id, OrderSide side, decimal price, SelfTradePrevention? mode = null, AccountId? account = null) =>
        TestData.Limit(id, side, 10, price, account: account) with { SelfTradePrevention = mode };

    private static ConfirmCancel Cancelled(VenueOutput output, string id) =>
        Assert.Single(output.OrderUpdates.OfType<ConfirmCancel>(), c => c.ClientOrderId.Value == id);

    [Fact]
    public void Expire_taker_cancels_the_incoming_buy_that_crosses_a_resting_sell_of_the_same_account()
    {
        var venue = Venue();
        venue.Submit(Limit("resting-sell", OrderSide.Sell, 100m), Day1);

        var output = venue.Submit(Limit("incoming-buy", OrderSide.Buy, 101m, SelfTradePrevention.ExpireTaker), Day1);

        var cancel = Assert.IsType<ConfirmCancel>(Assert.Single(output.OrderUpdates));
        Assert.Equal(("incoming-buy", TradingRejections.SelfTradePrevented), (cancel.ClientOrderId.Value, cancel.Code));
        Assert.Contains("resting-sell", cancel.Reason);
        Assert.False(venue.IsWorking(new ClientOrderId("incoming-buy")));
        Assert.True(venue.IsWorking(new ClientOrderId("resting-sell")));
    }

    [Fact]
    public void Expire_maker_cancels_the_resting_orders_it_crosses_and_works_the_incoming_one()
    {
        var venue = Venue();
        venue.Submit(Limit("sell-100", OrderSide.Sell, 100m), Day1);
        venue.Submit(Limit("sell-102", OrderSide.Sell, 102m), Day1);

        var output = venue.Submit(Limit("buy-101", OrderSide.Buy, 101m, SelfTradePrevention.ExpireMaker), Day1);

        Assert.Equal(TradingRejections.SelfTradePrevented, Cancelled(output, "sell-100").Code);
        Assert.IsType<AcceptOrder>(output.OrderUpdates[^1]);
        Assert.Equal(2, output.OrderUpdates.Count);
        Assert.True(venue.IsWorking(new ClientOrderId("buy-101")));
        Assert.True(venue.IsWorking(new ClientOrderId("sell-102")));
        Assert.False(venue.IsWorking(new ClientOrderId("sell-100")));
    }

    [Fact]
    public void Expire_both_cancels_the_incoming_market_order_and_every_resting_limit_on_the_other_side()
    {
        var venue = Venue();
        venue.Submit(Limit("sell-100", OrderSide.Sell, 100m), Day1);
        venue.Submit(Limit("sell-120", OrderSide.Sell, 120m), Day1);

        var output = venue.Submit(TestData.Market("market-buy", OrderSide.Buy, 5) with { SelfTradePrevention = SelfTradePrevention.ExpireBoth }, Day1);

        Assert.Equal(["sell-100", "sell-120", "market-buy"], output.OrderUpdates.Select(u => u.ClientOrderId.Value));
        Assert.All(output.OrderUpdates, u => Assert.Equal(TradingRejections.SelfTradePrevented, Assert.IsType<ConfirmCancel>(u).Code));
        Assert.Equal(0, venue.WorkingCount);
    }

    [Fact]
    public void The_venues_default_mode_applies_to_orders_that_choose_none_and_an_order_may_turn_it_off()
    {
        var venue = Venue(SelfTradePrevention.ExpireTaker);
        venue.Submit(Limit("resting-sell", OrderSide.Sell, 100m), Day1);

        var defaulted = venue.Submit(Limit("buy-default", OrderSide.Buy, 100m), Day1);
        var optedOut = venue.Submit(Limit("buy-none", OrderSide.Buy, 100m, SelfTradePrevention.None), Day1);

        Assert.Equal(TradingRejections.SelfTradePrevented, Cancelled(defaulted, "buy-default").Code);
        Assert.IsType<AcceptOrder>(Assert.Single(optedOut.OrderUpdates));
    }

    [Fact]
    public void Orders_that_do_not_cross_or_belong_to_another_account_or_wait_for_a_trigger_are_left_alone()
    {
        var venue = Venue(SelfTradePrevention.ExpireBoth);
        venue.Submit(Limit("sell-105", OrderSide.Sell, 105m), Day1);
        venue.Submit(Limit("other-sell", OrderSide.Sell, 90m, account: Other), Day1);
        venue.Submit(new OrderRequest(new ClientOrderId("stop-sell"), TestData.Account, TestData.Spx.Id, OrderSide.Sell, OrderType.Stop, 10m, StopPrice: 95m), Day1);

        var below = venue.Submit(Limit("buy-104", OrderSide.Buy, 104m), Day1);
        var sameSide = venue.Submit(Limit("sell-110", OrderSide.Sell, 110m), Day1);

        Assert.IsType<AcceptOrder>(Assert.Single(below.OrderUpdates));
        Assert.IsType<AcceptOrder>(Assert.Single(sameSide.OrderUpdates));
        Assert.Equal(5, venue.WorkingCount);
    }

    [Fact]
    public void A_prevented_pair_never_fills_on_the_next_bar_while_without_prevention_both_legs_do()
    {
        var prevented = Venue(SelfTradePrevention.ExpireTaker);
        var unprevented = Venue();
        foreach (var venue in new[] { prevented, unprevented })
        {
            venue.Submit(Limit("sell", OrderSide.Sell, 100m), Day1);
            venue.Submit(Limit("buy", OrderSide.Buy, 100m), Day1);
        }
        var bar = new Bar(TestData.Spx.Id, Day1.AddDays(1), BarInterval.OneDay, 100m, 100m, 100m, 100m, 1_000_000m);

        Assert.Equal(["sell"], prevented.OnBar(bar).Executions.Select(e => e.ClientOrderId.Value));
        Assert.Equal(["sell", "buy"], unprevented.OnBar(bar).Executions.Select(e => e.ClientOrderId.Value));
    }

    [Fact]
    public void Decrement_cancels_a_smaller_resting_order_and_shrinks_the_incoming_one_by_it()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("sell-4", OrderSide.Sell, 4, 100m), Day1);

        var output = venue.Submit(Limit("buy-10", OrderSide.Buy, 100m, SelfTradePrevention.Decrement), Day1);

        Assert.Equal(TradingRejections.SelfTradePrevented, Assert.IsType<ConfirmCancel>(output.OrderUpdates[0]).Code);
        Assert.IsType<AcceptOrder>(output.OrderUpdates[1]);
        var decrement = Assert.IsType<DecrementOrder>(output.OrderUpdates[2]);
        Assert.Equal(("buy-10", 6m, TradingRejections.SelfTradePrevented), (decrement.ClientOrderId.Value, decrement.Quantity, decrement.Code));
        Assert.Equal(1, venue.WorkingCount);
    }

    [Fact]
    public void Decrement_shrinks_a_larger_resting_order_and_cancels_the_incoming_one()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("sell-10", OrderSide.Sell, 10, 100m), Day1);

        var output = venue.Submit(TestData.Limit("buy-3", OrderSide.Buy, 3, 101m) with { SelfTradePrevention = SelfTradePrevention.Decrement }, Day1);
        var fill = Assert.Single(venue.OnBar(new Bar(TestData.Spx.Id, Day1.AddDays(1), BarInterval.OneDay, 100m, 101m, 99m, 100m, 1_000_000m)).Executions);

        Assert.Equal(("sell-10", 7m), (Assert.IsType<DecrementOrder>(output.OrderUpdates[0]).ClientOrderId.Value, ((DecrementOrder)output.OrderUpdates[0]).Quantity));
        Assert.Equal("buy-3", Assert.IsType<ConfirmCancel>(output.OrderUpdates[1]).ClientOrderId.Value);
        Assert.Equal(("sell-10", 7m), (fill.ClientOrderId.Value, fill.Quantity));
    }

    [Fact]
    public void Decrement_of_equal_sizes_cancels_both()
    {
        var venue = Venue(SelfTradePrevention.Decrement);
        venue.Submit(Limit("sell", OrderSide.Sell, 100m), Day1);

        var output = venue.Submit(Limit("buy", OrderSide.Buy, 100m), Day1);

        Assert.Equal(["sell", "buy"], output.OrderUpdates.Select(u => Assert.IsType<ConfirmCancel>(u).ClientOrderId.Value));
        Assert.Equal(0, venue.WorkingCount);
    }

    [Fact]
    public void A_decrement_shrinks_the_order_without_moving_its_status_and_never_to_its_filled_quantity_or_above_its_size()
    {
        var id = new ClientOrderId("o-1");
        var state = OrderState.Empty(id).Do(new SubmitOrder(TestData.Limit("o-1", OrderSide.Buy, 10, 100m), TestData.Spx))
            .Do(new AcceptOrder(id, new VenueOrderId("SIM-1")))
            .Do(new FillOrder(id, new TradeId("t1"), 2m, 100m, 0m, "USD", LiquiditySide.Maker, TestData.Now));

        var shrunk = state.Do(new DecrementOrder(id, 6m, TradingRejections.SelfTradePrevented, "would trade with o-2"));

        Assert.Equal((OrderStatus.PartiallyFilled, 6m, 4m), (shrunk.Status, shrunk.Quantity, shrunk.Quantity - shrunk.FilledQuantity));
        Assert.True(state.Decide(new DecrementOrder(id, 2m, TradingRejections.SelfTradePrevented, ""), TestData.Now).IsRejected);
        Assert.True(state.Decide(new DecrementOrder(id, 10m, TradingRejections.SelfTradePrevented, ""), TestData.Now).IsRejected);
    }

    [Fact]
    public void A_decrement_crosses_nodes_as_a_venue_report_and_comes_back_as_the_same_command()
    {
        var command = new DecrementOrder(new ClientOrderId("o-1"), 6m, TradingRejections.SelfTradePrevented, "would trade");

        Assert.Equal(command, VenueReport.From(command, new Dictionary<TradeId, Execution>()).ToCommand(command.ClientOrderId));
    }

    [Property(MaxTest = 200)]
    public bool With_any_mode_but_none_no_account_ever_has_crossing_buy_and_sell_limits_working_at_once(byte[] prices, byte mode)
    {
        var venue = Venue((SelfTradePrevention)(1 + mode % 4));
        foreach (var (code, i) in prices.Select((p, i) => (p, i)))
            venue.Submit(TestData.Limit($"o{i}", code % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 1 + code % 3, 90m + code % 20), Day1);
        var working = prices.Select((code, i) => (Id: new ClientOrderId($"o{i}"), Buy: code % 2 == 0, Price: 90m + code % 20))
            .Where(o => venue.IsWorking(o.Id)).ToList();
        var bids = working.Where(o => o.Buy).Select(o => o.Price).DefaultIfEmpty(decimal.MinValue).Max();
        var asks = working.Where(o => !o.Buy).Select(o => o.Price).DefaultIfEmpty(decimal.MaxValue).Min();
        return bids < asks;
    }

    [Fact]
    public void A_self_trade_cancellation_gives_the_order_and_its_read_row_the_code_and_the_reason()
    {
        var submitted = OrderState.Empty(new ClientOrderId("o-1")).Decide(new SubmitOrder(Limit("o-1", OrderSide.Buy, 100m), TestData.Spx), TestData.Now);
        var state = TestData.Fold(OrderState.Empty(new ClientOrderId("o-1")), submitted.Events);
        var cancelled = state.Decide(new ConfirmCancel(new ClientOrderId("o-1"), "self-trade-prevented: it would trade", TradingRejections.SelfTradePrevented), TestData.Now);
        var row = ReadModelFold.Apply(ReadModelRows.None, [.. submitted.Events.Concat(cancelled.Events)
            .Select((e, i) => new ProjectedEvent(ReadModelTags.Projected, i + 1, "order-g001", i + 1, e, TestData.Now))]).Orders.Single();

        Assert.Equal((OrderStatus.Cancelled, TradingRejections.SelfTradePrevented), (TestData.Fold(state, cancelled.Events).Status, TestData.Fold(state, cancelled.Events).RejectionCode));
        Assert.Equal((OrderStatus.Cancelled, TradingRejections.SelfTradePrevented, "self-trade-prevented: it would trade"), (row.Status, row.RejectionCode, row.RejectionMessage));
    }
}
