using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

public class SimulatedExchangeTests
{
    private static readonly AccountId Alice = new("alice");
    private static readonly AccountId Bob = new("bob");

    private static SimulatedExchange Sim(FeeSchedule? fees = null)
    {
        var venue = new SimulatedExchange("SIM", fees ?? new FeeSchedule(0.0001m, 0.0005m));
        venue.AddInstrument(TestData.Spx);
        return venue;
    }

    private static OrderRequest Limit(string id, AccountId who, OrderSide side, decimal qty, decimal price, TimeInForce tif = TimeInForce.Gtc) =>
        TestData.Limit(id, side, qty, price, tif: tif, account: who);

    [Fact]
    public void A_crossing_order_is_accepted_and_both_sides_get_fills_with_maker_and_taker_fees()
    {
        var venue = Sim();
        venue.Submit(Limit("s1", Alice, OrderSide.Sell, 10, 100m), TestData.Now);
        var output = venue.Submit(Limit("b1", Bob, OrderSide.Buy, 4, 101m), TestData.Now);

        Assert.IsType<AcceptOrder>(output.OrderUpdates[0]);
        Assert.Equal(2, output.Executions.Count);
        var taker = output.Executions.Single(e => e.ClientOrderId.Value == "b1");
        var maker = output.Executions.Single(e => e.ClientOrderId.Value == "s1");
        Assert.Equal((100m, 4m, LiquiditySide.Taker, 4m * 100m * 0.0005m), (taker.Price, taker.Quantity, taker.Liquidity, taker.Fee));
        Assert.Equal((LiquiditySide.Maker, 4m * 100m * 0.0001m, OrderSide.Sell), (maker.Liquidity, maker.Fee, maker.Side));
        Assert.NotEqual(taker.TradeId, maker.TradeId);
        Assert.Equal(100m, venue.LastPrice(TestData.Spx.Id));
    }

    [Fact]
    public void The_venue_output_drives_the_order_state_machine_without_a_single_refusal()
    {
        var venue = Sim();
        var orders = new Dictionary<ClientOrderId, OrderState>();
        void Feed(OrderRequest request, VenueOutput output)
        {
            orders[request.ClientOrderId] = OrderState.Empty(request.ClientOrderId).Do(new SubmitOrder(request, TestData.Spx));
            foreach (var update in output.OrderUpdates) orders[update.ClientOrderId] = orders[update.ClientOrderId].Do(update);
        }
        var s1 = Limit("s1", Alice, OrderSide.Sell, 10, 100m);
        Feed(s1, venue.Submit(s1, TestData.Now));
        var b1 = Limit("b1", Bob, OrderSide.Buy, 15, 100m, TimeInForce.Ioc);
        Feed(b1, venue.Submit(b1, TestData.Now));

        Assert.Equal(OrderStatus.Filled, orders[new ClientOrderId("s1")].Status);
        var ioc = orders[new ClientOrderId("b1")];
        Assert.Equal((OrderStatus.Cancelled, 10m), (ioc.Status, ioc.FilledQuantity));
    }

    [Fact]
    public void Post_only_and_fok_refusals_are_order_rejections_with_codes()
    {
        var venue = Sim();
        venue.Submit(Limit("s1", Alice, OrderSide.Sell, 10, 100m), TestData.Now);
        var postOnly = venue.Submit(Limit("b1", Bob, OrderSide.Buy, 1, 100m) with { PostOnly = true }, TestData.Now);
        Assert.Equal(TradingRejections.PostOnlyWouldTake, Assert.IsType<RejectOrder>(Assert.Single(postOnly.OrderUpdates)).Code);
        var fok = venue.Submit(Limit("b2", Bob, OrderSide.Buy, 11, 100m, TimeInForce.Fok), TestData.Now);
        Assert.Equal(TradingRejections.FokNotFillable, Assert.IsType<RejectOrder>(Assert.Single(fok.OrderUpdates)).Code);
    }

    [Fact]
    public void Self_trades_are_prevented_by_cancelling_the_resting_order()
    {
        var venue = Sim();
        venue.Submit(Limit("s1", Alice, OrderSide.Sell, 10, 100m), TestData.Now);
        var output = venue.Submit(Limit("b1", Alice, OrderSide.Buy, 10, 100m), TestData.Now);
        Assert.Empty(output.Executions);
        Assert.Contains(output.OrderUpdates, u => u is ConfirmCancel { Reason: TradingRejections.SelfTrade } c && c.ClientOrderId.Value == "s1");
        // 100.00 at a 0.01 tick is 10,000 ticks: the buy now rests there, and the sell side is empty.
        Assert.Equal(10_000L, venue.BookOf(TestData.Spx.Id).BestBid);
        Assert.Null(venue.BookOf(TestData.Spx.Id).BestAsk);
    }

    [Fact]
    public void Unknown_instruments_off_tick_prices_and_closed_markets_are_rejected_with_codes()
    {
        var venue = Sim();
        string Code(OrderRequest r, DateTime at) => Assert.IsType<RejectOrder>(Assert.Single(venue.Submit(r, at).OrderUpdates)).Code;
        Assert.Equal(TradingRejections.UnknownInstrument, Code(TestData.Limit("x1", OrderSide.Buy, 1, 1m) with { InstrumentId = new InstrumentId("SIM", "NOPE") }, TestData.Now));
        Assert.Equal(TradingRejections.UnknownVenue, Code(TestData.Limit("x2", OrderSide.Buy, 1, 1m, TestData.Btc), TestData.Now));
        Assert.Equal(InstrumentRules.OffTick, Code(TestData.Limit("x3", OrderSide.Buy, 1, 1.001m), TestData.Now));
        Assert.Equal(InstrumentRules.MarketClosed, Code(TestData.Limit("x4", OrderSide.Buy, 1, 1m), new DateTime(2024, 3, 9, 15, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_stop_order_triggers_when_the_market_trades_through_it_and_then_fills_as_market()
    {
        var venue = Sim();
        venue.Submit(Limit("bid", Alice, OrderSide.Buy, 10, 94m), TestData.Now);
        var stop = new OrderRequest(new ClientOrderId("stop"), Bob, TestData.Spx.Id, OrderSide.Sell, OrderType.Stop, 5, StopPrice: 95m);
        Assert.IsType<AcceptOrder>(Assert.Single(venue.Submit(stop, TestData.Now).OrderUpdates));

        Assert.Empty(venue.OnMarketPrice(TestData.Spx.Id, 96m, TestData.Now).OrderUpdates);
        var output = venue.OnMarketPrice(TestData.Spx.Id, 95m, TestData.Now);
        Assert.IsType<TriggerOrder>(output.OrderUpdates[0]);
        var fill = output.Executions.Single(e => e.ClientOrderId.Value == "stop");
        Assert.Equal((94m, 5m), (fill.Price, fill.Quantity));
    }

    [Fact]
    public void A_trailing_stop_follows_the_high_and_triggers_on_the_pullback()
    {
        var venue = Sim();
        venue.Submit(Limit("bid", Alice, OrderSide.Buy, 10, 100m), TestData.Now);
        venue.OnMarketPrice(TestData.Spx.Id, 100m, TestData.Now);
        var trail = new OrderRequest(new ClientOrderId("trail"), Bob, TestData.Spx.Id, OrderSide.Sell, OrderType.TrailingStop, 2, TrailingOffset: 5m);
        venue.Submit(trail, TestData.Now);
        Assert.Empty(venue.OnMarketPrice(TestData.Spx.Id, 110m, TestData.Now).OrderUpdates);
        Assert.Empty(venue.OnMarketPrice(TestData.Spx.Id, 106m, TestData.Now).OrderUpdates);
        var output = venue.OnMarketPrice(TestData.Spx.Id, 105m, TestData.Now);
        Assert.Equal(105m, Assert.IsType<TriggerOrder>(output.OrderUpdates[0]).TriggerPrice);
        Assert.Equal(2m, output.Executions.Single(e => e.ClientOrderId.Value == "trail").Quantity);
    }

    [Fact]
    public void Cancelling_a_filled_order_is_refused_and_cancelling_a_resting_one_confirms()
    {
        var venue = Sim();
        venue.Submit(Limit("s1", Alice, OrderSide.Sell, 1, 100m), TestData.Now);
        venue.Submit(Limit("b1", Bob, OrderSide.Buy, 1, 100m), TestData.Now);
        Assert.IsType<RejectCancel>(Assert.Single(venue.Cancel(new ClientOrderId("s1"), TestData.Now).OrderUpdates));
        venue.Submit(Limit("s2", Alice, OrderSide.Sell, 1, 101m), TestData.Now);
        Assert.IsType<ConfirmCancel>(Assert.Single(venue.Cancel(new ClientOrderId("s2"), TestData.Now).OrderUpdates));
        Assert.Null(venue.BookOf(TestData.Spx.Id).BestAsk);
    }

    [Fact]
    public void Day_orders_expire_at_the_next_session_and_gtd_orders_at_their_time()
    {
        var venue = Sim();
        venue.Submit(Limit("day", Alice, OrderSide.Buy, 1, 90m, TimeInForce.Day), TestData.Now);
        venue.Submit(Limit("gtd", Alice, OrderSide.Buy, 1, 91m, TimeInForce.Gtd) with { ExpireAt = TestData.Now.AddHours(1) }, TestData.Now);
        venue.Submit(Limit("gtc", Alice, OrderSide.Buy, 1, 92m), TestData.Now);

        Assert.Empty(venue.ExpireOrders(TestData.Now.AddMinutes(30)).OrderUpdates);
        Assert.Equal(["gtd"], venue.ExpireOrders(TestData.Now.AddHours(1)).OrderUpdates.Select(u => u.ClientOrderId.Value));
        Assert.Equal(["day"], venue.ExpireOrders(TestData.Now.AddDays(1)).OrderUpdates.Select(u => u.ClientOrderId.Value));
        Assert.Equal(9_200L, venue.BookOf(TestData.Spx.Id).BestBid);
    }

    [Fact]
    public void Replace_that_reduces_keeps_priority_and_replace_of_unknown_order_is_refused()
    {
        var venue = Sim();
        venue.Submit(Limit("s1", Alice, OrderSide.Sell, 10, 100m), TestData.Now);
        venue.Submit(Limit("s2", Alice, OrderSide.Sell, 10, 100m), TestData.Now);
        Assert.IsType<ConfirmReplace>(Assert.Single(venue.Replace(new ClientOrderId("s1"), 5, null, null, TestData.Now).OrderUpdates));
        var fill = venue.Submit(Limit("b1", Bob, OrderSide.Buy, 5, 100m), TestData.Now).Executions.Single(e => e.Liquidity == LiquiditySide.Maker);
        Assert.Equal("s1", fill.ClientOrderId.Value);
        Assert.IsType<RejectReplace>(Assert.Single(venue.Replace(new ClientOrderId("zzz"), 5, null, null, TestData.Now).OrderUpdates));
    }

    [Fact]
    public void Several_named_venues_run_side_by_side_with_their_own_books_and_trade_ids()
    {
        var sim = Sim();
        var simx = new SimulatedExchange("SIMX");
        simx.AddInstrument(TestData.Btc);
        sim.Submit(Limit("a", Alice, OrderSide.Sell, 1, 100m), TestData.Now);
        var spxTrade = sim.Submit(Limit("b", Bob, OrderSide.Buy, 1, 100m), TestData.Now).Executions[0];
        simx.Submit(TestData.Limit("c", OrderSide.Sell, 0.5m, 30_000m, TestData.Btc, account: Alice), TestData.Now);
        var btcTrade = simx.Submit(TestData.Limit("d", OrderSide.Buy, 0.5m, 30_000m, TestData.Btc, account: Bob), TestData.Now).Executions[0];

        Assert.StartsWith("SIM-SPX-", spxTrade.TradeId.Value);
        Assert.StartsWith("SIMX-BTC-USDT-", btcTrade.TradeId.Value);
        Assert.Equal("USDT", btcTrade.Currency);
        Assert.Throws<ArgumentException>(() => simx.AddInstrument(TestData.Spx));
    }

    [Fact]
    public void Resubmitting_an_order_the_venue_already_handled_does_nothing_even_after_it_filled()
    {
        var venue = Sim();
        var sell = Limit("s1", Alice, OrderSide.Sell, 1, 100m);
        venue.Submit(sell, TestData.Now);
        Assert.Same(VenueOutput.Empty, venue.Submit(sell, TestData.Now));
        venue.Submit(Limit("b1", Bob, OrderSide.Buy, 1, 100m), TestData.Now);
        Assert.Same(VenueOutput.Empty, venue.Submit(sell, TestData.Now));
        Assert.Null(venue.BookOf(TestData.Spx.Id).BestAsk);
    }

    [Fact]
    public void The_same_inputs_give_the_same_outputs()
    {
        IEnumerable<string> Run()
        {
            var venue = Sim();
            var log = new List<string>();
            for (var i = 0; i < 50; i++)
            {
                var side = i % 3 == 0 ? OrderSide.Buy : OrderSide.Sell;
                var output = venue.Submit(Limit($"o{i}", i % 2 == 0 ? Alice : Bob, side, 1 + i % 4, 100m + i % 5 - 2), TestData.Now);
                log.AddRange(output.OrderUpdates.Select(u => u.ToString()!));
            }
            return log;
        }
        Assert.Equal(Run(), Run());
    }
}
