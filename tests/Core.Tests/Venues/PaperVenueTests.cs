using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Venues;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Venues;

public class PaperVenueTests
{
    private static readonly DateTime Day1 = new(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc);

    private static PaperVenue Venue(FillModelSettings? settings = null)
    {
        var venue = new PaperVenue("SIM", settings);
        venue.AddInstrument(TestData.Spx);
        return venue;
    }

    private static Bar Bar(int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1_000_000m) =>
        new(TestData.Spx.Id, Day1.AddDays(day), BarInterval.OneDay, open, high, low, close, volume);

    private static OrderRequest Stop(string id, OrderSide side, decimal qty, decimal stop, decimal? limit = null) =>
        new(new ClientOrderId(id), TestData.Account, TestData.Spx.Id, side, limit is null ? OrderType.Stop : OrderType.StopLimit, qty,
            LimitPrice: limit, StopPrice: stop);

    [Fact]
    public void A_market_order_fills_at_the_next_bars_open()
    {
        var venue = Venue();
        venue.Submit(TestData.Market("m1", OrderSide.Buy, 10), Day1.AddDays(1));
        var fill = Assert.Single(venue.OnBar(Bar(1, 101m, 103m, 99m, 102m)).Executions);
        Assert.Equal((101m, 10m, LiquiditySide.Taker), (fill.Price, fill.Quantity, fill.Liquidity));
        Assert.False(venue.IsWorking(new ClientOrderId("m1")));
    }

    [Fact]
    public void Market_orders_can_fill_at_the_signal_bars_close_when_configured()
    {
        var venue = Venue(new FillModelSettings { MarketFill = MarketFillTiming.SignalBarClose, Slippage = new FixedBpsSlippage(10m) });
        venue.OnBar(Bar(0, 100m, 103m, 99m, 102m));
        var output = venue.Submit(TestData.Market("m1", OrderSide.Buy, 10), Day1.AddDays(1));
        Assert.IsType<AcceptOrder>(output.OrderUpdates[0]);
        Assert.Equal(Math.Round(102m * 1.001m, 2), Assert.Single(output.Executions).Price);
        Assert.False(venue.IsWorking(new ClientOrderId("m1")));
    }

    [Fact]
    public void A_retried_submit_of_a_working_order_changes_nothing()
    {
        var venue = Venue();
        var order = TestData.Limit("l1", OrderSide.Buy, 10, 90m);
        venue.Submit(order, Day1);
        Assert.Same(VenueOutput.Empty, venue.Submit(order, Day1));
        Assert.Equal(1, venue.WorkingCount);
        Assert.Empty(venue.OnBar(Bar(0, 101m, 103m, 99m, 102m)).Executions);
    }

    [Fact]
    public void The_venue_keeps_only_working_orders_so_a_filled_order_submitted_again_is_a_new_order_its_host_must_refuse()
    {
        var venue = Venue();
        var order = TestData.Market("m1", OrderSide.Buy, 10);
        venue.Submit(order, Day1);
        venue.OnBar(Bar(0, 101m, 103m, 99m, 102m));
        Assert.Equal(0, venue.WorkingCount);
        Assert.IsType<AcceptOrder>(Assert.Single(venue.Submit(order, Day1).OrderUpdates));
        // Its trade ids start over with the order: the host (VenueSession) answers a finished order from its reports instead.
        Assert.Equal(new TradeId("m1-1"), Assert.Single(venue.OnBar(Bar(1, 101m, 103m, 99m, 102m)).Executions).TradeId);
    }

    [Fact]
    public void Trade_ids_count_each_orders_own_fills()
    {
        var venue = Venue(new FillModelSettings { MaxVolumeShare = 0.5m });
        venue.Submit(TestData.Limit("a", OrderSide.Buy, 10, 100m), Day1);
        venue.Submit(TestData.Limit("b", OrderSide.Buy, 10, 100m), Day1);
        var trades = new List<string>();
        for (var day = 0; day < 4; day++)
            trades.AddRange(venue.OnBar(Bar(day, 100m, 101m, 99m, 100m, volume: 16m)).Executions.Select(e => e.TradeId.Value));
        // Half of 16 a bar, in submission order: a takes 8, then 2 and b 6, then b 4.
        Assert.Equal(["a-1", "a-2", "b-1", "b-2"], trades);
    }

    [Fact]
    public void A_resumed_order_keeps_its_terms_fills_and_trade_id_numbering_and_is_not_accepted_again()
    {
        var venue = Venue();
        var order = TestData.Limit("l1", OrderSide.Buy, 10, 100m);
        var resumed = venue.Resume(order with { Quantity = 20m, LimitPrice = 90m }, new WorkingOrderProgress(10m, 100m, null, 7m, 2, false), Day1);
        Assert.Empty(resumed.OrderUpdates);
        Assert.True(venue.IsWorking(order.ClientOrderId));

        var fill = Assert.Single(venue.OnBar(Bar(0, 101m, 103m, 99m, 102m)).Executions);
        Assert.Equal((new TradeId("l1-3"), 3m, 100m), (fill.TradeId, fill.Quantity, fill.Price));
        Assert.False(venue.IsWorking(order.ClientOrderId));
    }

    [Fact]
    public void Latency_keeps_an_order_out_of_bars_that_start_too_soon()
    {
        var venue = Venue(new FillModelSettings { Latency = TimeSpan.FromHours(12) });
        venue.Submit(TestData.Limit("l1", OrderSide.Buy, 10, 105m, tif: TimeInForce.Gtc), Day1.AddDays(1));
        Assert.Empty(venue.OnBar(Bar(1, 101m, 103m, 99m, 102m)).Executions);
        Assert.Single(venue.OnBar(Bar(2, 101m, 103m, 99m, 102m)).Executions);
    }

    [Fact]
    public void A_limit_fills_at_the_limit_when_the_range_crosses_it_and_at_the_open_when_the_bar_gaps_through()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("l1", OrderSide.Buy, 1, 100m), Day1);
        venue.Submit(TestData.Limit("l2", OrderSide.Buy, 1, 97m), Day1);
        var touched = Assert.Single(venue.OnBar(Bar(0, 102m, 103m, 99.5m, 101m)).Executions);
        Assert.Equal(("l1", 100m, LiquiditySide.Maker), (touched.ClientOrderId.Value, touched.Price, touched.Liquidity));
        var gapped = Assert.Single(venue.OnBar(Bar(1, 95m, 96m, 94m, 95m)).Executions);
        Assert.Equal(("l2", 95m, LiquiditySide.Taker), (gapped.ClientOrderId.Value, gapped.Price, gapped.Liquidity));
    }

    [Fact]
    public void A_stop_fills_at_the_stop_or_at_a_worse_open_when_the_bar_gaps_through()
    {
        var venue = Venue();
        venue.Submit(Stop("s1", OrderSide.Sell, 1, 95m), Day1);
        var output = venue.OnBar(Bar(0, 100m, 101m, 94m, 96m));
        Assert.IsType<TriggerOrder>(output.OrderUpdates[0]);
        Assert.Equal(95m, Assert.Single(output.Executions).Price);

        venue.Submit(Stop("s2", OrderSide.Sell, 1, 90m), Day1);
        Assert.Equal(85m, Assert.Single(venue.OnBar(Bar(1, 85m, 86m, 80m, 82m)).Executions).Price);
    }

    [Fact]
    public void A_stop_limit_does_not_fill_beyond_its_limit()
    {
        var venue = Venue();
        venue.Submit(Stop("sl", OrderSide.Buy, 1, 105m, limit: 106m), Day1);
        var output = venue.OnBar(Bar(0, 110m, 112m, 109m, 111m));
        Assert.IsType<TriggerOrder>(Assert.Single(output.OrderUpdates));
        Assert.Empty(output.Executions);
        Assert.Equal(106m, Assert.Single(venue.OnBar(Bar(1, 107m, 108m, 105m, 106m)).Executions).Price);
    }

    [Fact]
    public void A_trailing_stop_trails_the_highs_and_fills_when_the_bar_falls_back_by_the_offset()
    {
        var venue = Venue();
        venue.OnBar(Bar(0, 100m, 100m, 100m, 100m));
        venue.Submit(new OrderRequest(new ClientOrderId("t"), TestData.Account, TestData.Spx.Id, OrderSide.Sell, OrderType.TrailingStop, 1,
            TrailingOffset: 5m), Day1.AddDays(1));
        Assert.Empty(venue.OnBar(Bar(1, 101m, 110m, 101m, 109m)).Executions);
        Assert.Equal(105m, Assert.Single(venue.OnBar(Bar(2, 108m, 108m, 103m, 104m)).Executions).Price);
    }

    [Fact]
    public void Fixed_bps_slippage_makes_takers_pay_more_and_fees_follow_the_maker_taker_schedule()
    {
        var venue = Venue(new FillModelSettings { Slippage = new FixedBpsSlippage(10m), Fees = new FeeSchedule(0.0002m, 0.001m) });
        venue.Submit(TestData.Market("m", OrderSide.Buy, 10), Day1);
        venue.Submit(TestData.Market("s", OrderSide.Sell, 10), Day1);
        var fills = venue.OnBar(Bar(0, 200m, 201m, 199m, 200m)).Executions;
        Assert.Equal(200.2m, fills[0].Price);
        Assert.Equal(199.8m, fills[1].Price);
        Assert.Equal(10m * 200.2m * 0.001m, fills[0].Fee);
    }

    [Fact]
    public void Volume_share_slippage_grows_with_the_square_of_the_share_taken()
    {
        var model = new VolumeShareSlippage(0.1m);
        Assert.Equal(100m * (1m + 0.1m * 0.01m), model.Apply(OrderSide.Buy, 100m, 10_000m, 100_000m));
        Assert.Equal(100m * (1m - 0.1m * 0.04m), model.Apply(OrderSide.Sell, 100m, 20_000m, 100_000m));
        Assert.Equal(100m, model.Apply(OrderSide.Buy, 100m, 10m, 0m));
    }

    [Fact]
    public void No_bar_trades_more_than_the_configured_share_of_its_volume()
    {
        var venue = Venue(new FillModelSettings { MaxVolumeShare = 0.1m });
        venue.Submit(TestData.Limit("a", OrderSide.Buy, 80, 110m), Day1);
        venue.Submit(TestData.Limit("b", OrderSide.Buy, 80, 110m), Day1);
        var first = venue.OnBar(Bar(0, 100m, 101m, 99m, 100m, volume: 1_000m)).Executions;
        Assert.Equal(100m, first.Sum(e => e.Quantity));
        Assert.Equal([80m, 20m], first.Select(e => e.Quantity));
        var second = venue.OnBar(Bar(1, 100m, 101m, 99m, 100m, volume: 1_000m)).Executions;
        Assert.Equal(("b", 60m), (Assert.Single(second).ClientOrderId.Value, second[0].Quantity));
    }

    [Fact]
    public void Ioc_takes_what_one_bar_allows_and_fok_takes_all_or_nothing()
    {
        var venue = Venue(new FillModelSettings { MaxVolumeShare = 0.1m });
        venue.Submit(TestData.Limit("ioc", OrderSide.Buy, 150, 110m, tif: TimeInForce.Ioc), Day1);
        var ioc = venue.OnBar(Bar(0, 100m, 101m, 99m, 100m, volume: 1_000m));
        Assert.Equal(100m, Assert.Single(ioc.Executions).Quantity);
        Assert.Contains(ioc.OrderUpdates, u => u is ConfirmCancel);

        venue.Submit(TestData.Limit("fok", OrderSide.Buy, 150, 110m, tif: TimeInForce.Fok), Day1);
        var fok = venue.OnBar(Bar(1, 100m, 101m, 99m, 100m, volume: 1_000m));
        Assert.Empty(fok.Executions);
        Assert.Equal(TradingRejections.FokNotFillable, Assert.IsType<ConfirmCancel>(Assert.Single(fok.OrderUpdates)).Reason);
    }

    [Fact]
    public void Post_only_limit_that_is_marketable_on_arrival_is_cancelled_not_filled()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("p", OrderSide.Buy, 1, 105m) with { PostOnly = true }, Day1);
        var output = venue.OnBar(Bar(0, 100m, 101m, 99m, 100m));
        Assert.Empty(output.Executions);
        Assert.Equal(TradingRejections.PostOnlyWouldTake, Assert.IsType<ConfirmCancel>(Assert.Single(output.OrderUpdates)).Reason);
    }

    [Fact]
    public void Day_orders_expire_when_a_later_session_begins()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("d", OrderSide.Buy, 1, 50m, tif: TimeInForce.Day), Day1.AddDays(1));
        Assert.Empty(venue.OnBar(Bar(1, 100m, 101m, 99m, 100m)).OrderUpdates);
        Assert.IsType<ExpireOrder>(Assert.Single(venue.OnBar(Bar(2, 100m, 101m, 99m, 100m)).OrderUpdates));
    }

    [Fact]
    public void Trade_ticks_fill_like_one_price_bars_capped_by_the_print_size()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("l", OrderSide.Sell, 5, 100m), Day1);
        Assert.Empty(venue.OnTrade(new TradeTick(TestData.Spx.Id, Day1.AddMinutes(1), 99.5m, 3m)).Executions);
        // A print above the limit means a buyer paid that much: the sell fills at the print, for the print's size.
        var output = venue.OnTrade(new TradeTick(TestData.Spx.Id, Day1.AddMinutes(2), 100.5m, 3m));
        Assert.Equal((100.5m, 3m), (Assert.Single(output.Executions).Price, output.Executions[0].Quantity));
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_the_setting()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PaperVenue("SIM", new FillModelSettings { MaxVolumeShare = 0m }));
        Assert.Equal("MaxVolumeShare", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedBpsSlippage(-1m));
    }

    [Fact]
    public void Cancel_and_replace_of_working_orders()
    {
        var venue = Venue();
        venue.Submit(TestData.Limit("l", OrderSide.Buy, 5, 90m), Day1);
        Assert.IsType<ConfirmReplace>(Assert.Single(venue.Replace(new ClientOrderId("l"), 8, 99m, null, Day1).OrderUpdates));
        Assert.Equal((8m, 99m), (Assert.Single(venue.OnBar(Bar(0, 100m, 101m, 98m, 100m)).Executions).Quantity, 99m));
        Assert.IsType<RejectCancel>(Assert.Single(venue.Cancel(new ClientOrderId("l"), Day1).OrderUpdates));
    }

    [Fact]
    public void A_working_order_is_working_at_the_progress_its_order_holds_and_not_at_any_other()
    {
        var venue = Venue(new FillModelSettings { MaxVolumeShare = 0.5m });
        var order = TestData.Limit("l1", OrderSide.Buy, 10, 100m);
        venue.Submit(order, Day1);
        venue.OnBar(Bar(0, 100m, 101m, 99m, 100m, volume: 8m));
        Assert.True(venue.IsWorkingAt(order.ClientOrderId, new WorkingOrderProgress(10m, 100m, null, 4m, 1, false)));
        Assert.False(venue.IsWorkingAt(order.ClientOrderId, new WorkingOrderProgress(10m, 100m, null, 0m, 0, false)));
        Assert.False(venue.IsWorkingAt(order.ClientOrderId, new WorkingOrderProgress(8m, 100m, null, 4m, 1, false)));
        Assert.False(venue.IsWorkingAt(order.ClientOrderId, new WorkingOrderProgress(10m, 99m, null, 4m, 1, false)));
        Assert.False(venue.IsWorkingAt(new ClientOrderId("other"), new WorkingOrderProgress(10m, 100m, null, 4m, 1, false)));
    }

    [Fact]
    public void Resuming_an_order_that_still_works_here_replaces_it_with_what_its_order_holds()
    {
        var venue = Venue();
        var order = TestData.Limit("l1", OrderSide.Buy, 10, 100m);
        venue.Resume(order, new WorkingOrderProgress(10m, 100m, null, 0m, 0, false), Day1);
        venue.Resume(order, new WorkingOrderProgress(10m, 100m, null, 6m, 2, false), Day1);
        Assert.Equal(1, venue.WorkingCount);
        var fill = Assert.Single(venue.OnBar(Bar(0, 100m, 101m, 99m, 100m)).Executions);
        Assert.Equal((new TradeId("l1-3"), 4m), (fill.TradeId, fill.Quantity));
        // A plain submit of a working order is still a repeat.
        var resting = TestData.Limit("l2", OrderSide.Buy, 1, 50m);
        venue.Submit(resting, Day1);
        Assert.Same(VenueOutput.Empty, venue.Submit(resting, Day1));
    }
}
