using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

public class VenueSessionTests
{
    private static readonly OrderRequest Limit1 = OrderRequest.Limit(Id("l1"), Account, Spx.Id, OrderSide.Buy, 10m, 99m);
    private static readonly FillModelSettings Capped = new() { Fees = new FeeSchedule(0.0005m, 0.001m), MaxVolumeShare = 0.5m };
    /// <summary>The wall clock the venue checks bars against: long after every test bar has closed.</summary>
    private static readonly DateTime WallClock = Day1.AddYears(1);

    private static VenueStep Handle(VenueSession session, IVenueCommand command) => session.Handle(command, WallClock);

    private static IEnumerable<VenueReportKind> Kinds(VenueSession session, OrderRequest order) =>
        session.ReportsFor(order.ClientOrderId, 0).Select(r => r.Kind);

    [Fact]
    public void A_routed_order_is_answered_with_its_own_reports_and_a_bar_pushes_the_reports_it_caused_numbered_per_order()
    {
        var session = new VenueSession(Spx);
        var limit2 = Limit1 with { ClientOrderId = Id("l2"), LimitPrice = 95m };
        var routed = Handle(session, new RouteOrder(Limit1, 0));
        Assert.Equal((Limit1.ClientOrderId, 0), (routed.Answer!.OrderId, routed.Answer.FromIndex));
        Assert.Equal(VenueReportKind.Accepted, Assert.Single(routed.Answer.Reports).Kind);
        Assert.Empty(routed.Pushed);
        Handle(session, new RouteOrder(limit2, 0));

        var bar = Bar(0, 100m, 100m, 98m, 99m);
        var step = Handle(session, new ApplyBar(bar));
        Assert.Null(step.Answer);
        // Published with the orders it filled (their ids, not their fills: each order tells its own strategy).
        Assert.Equal(bar, step.Published!.Bar);
        Assert.Equal([Limit1.ClientOrderId], step.Published.Traded);
        var batch = Assert.Single(step.Pushed);
        Assert.Equal((Limit1.ClientOrderId, 1), (batch.OrderId, batch.FromIndex));
        var fill = Assert.Single(batch.Reports);
        Assert.Equal((VenueReportKind.Filled, new TradeId("l1-1")), (fill.Kind, fill.Fill!.TradeId));
        Assert.Equal(batch.Reports, session.ReportsFor(Limit1.ClientOrderId, 1));
        Assert.Empty(session.ReportsFor(Limit1.ClientOrderId, 2));
        Assert.Empty(session.ReportsFor(Id("never-routed"), 0));
        Assert.Equal(new VenueStatus(Spx.Id, Day1, 99m, 1, 3) { LastVolume = 1_000_000m }, session.Status);
    }

    [Fact]
    public void A_poll_is_answered_with_the_reports_from_where_the_order_asks_and_adds_none()
    {
        var session = new VenueSession(Spx);
        Handle(session, new RouteOrder(Limit1, 0));
        var progress = new WorkingOrderProgress(10m, 99m, null, 0m, 0, false);

        Assert.Null(Handle(session, new RouteOrder(Limit1, 1, progress)).Answer);
        var again = Handle(session, new RouteOrder(Limit1, 0, progress)).Answer!;
        Assert.Equal((0, VenueReportKind.Accepted), (again.FromIndex, Assert.Single(again.Reports).Kind));
        // The account's forward repeated (its hold is still open) is a poll from report 0 as well.
        Assert.Equal(again.Reports, Handle(session, new RouteOrder(Limit1, 0)).Answer!.Reports);
        Assert.Equal([VenueReportKind.Accepted], Kinds(session, Limit1));
        Assert.Equal(1, session.WorkingOrders);
    }

    [Fact]
    public void Repeated_cancel_and_replace_attempts_are_handled_once_each_and_their_outcomes_name_the_attempt()
    {
        var session = new VenueSession(Spx);
        Handle(session, new RouteOrder(Limit1, 0));

        var replaced = Handle(session, new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 1)).Answer!;
        Assert.Equal(new VenueReport(VenueReportKind.Replaced, Attempt: 1), Assert.Single(replaced.Reports));
        Assert.Equal(replaced.Reports, Handle(session, new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 1)).Answer!.Reports);
        Handle(session, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 2));
        Handle(session, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 2));
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Replaced, VenueReportKind.Cancelled], Kinds(session, Limit1));

        // A new attempt is a new input: the venue answers it (the order is gone, so the cancel is refused).
        Handle(session, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 2, 3));
        // A late copy of an older attempt is not handled again.
        Handle(session, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 4));
        Handle(session, new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 4));
        var reports = session.ReportsFor(Limit1.ClientOrderId, 0);
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Replaced, VenueReportKind.Cancelled, VenueReportKind.CancelRejected],
            reports.Select(r => r.Kind));
        Assert.Equal([null, 1, 1, 2], reports.Select(r => r.Attempt));
    }

    [Fact]
    public void A_finished_order_routed_again_is_answered_with_its_reports_and_not_worked_again()
    {
        var session = new VenueSession(Spx);
        var market = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 3m);
        Handle(session, new RouteOrder(market, 0));
        Handle(session, new ApplyBar(Bar(0, 100m, 101m, 99m, 100m)));
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Filled], Kinds(session, market));

        // The account forwards a late repeat of the order's reserve only while it holds; a route from before the fill
        // can still be on its way.
        var again = Handle(session, new RouteOrder(market, 0)).Answer!;
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Filled], again.Reports.Select(r => r.Kind));
        Assert.Empty(Handle(session, new ApplyBar(Bar(1, 100m, 101m, 99m, 100m))).Pushed);
        Assert.Equal(0, session.WorkingOrders);
    }

    [Fact]
    public void Every_bar_the_venue_takes_moves_its_last_price_and_is_published_even_when_it_meets_no_order()
    {
        var session = new VenueSession(Spx);
        var bar = Bar(0, 100m, 101m, 99m, 100.5m);
        var step = Handle(session, new ApplyBar(bar));
        Assert.Equal((null, bar, null), (step.Answer, step.Published?.Bar, step.Rejection));
        Assert.Empty(step.Published!.Traded);
        Assert.Empty(step.Pushed);
        Assert.Equal((100.5m, Day1, bar.CloseTime), (session.LastPrice, session.LastBarTime, session.Clock));
        Assert.Equal(bar, session.LastBar);
    }

    [Fact]
    public void A_bar_that_opens_more_than_one_interval_after_now_is_refused_as_in_the_future()
    {
        var session = new VenueSession(Spx);
        var now = Day1.AddHours(12);
        // A live bar being built opens at most one interval ahead of the wall clock; it is taken.
        Assert.Null(session.Handle(new ApplyBar(Bar(1, 100m, 101m, 99m, 100m)), now).Rejection);

        var refused = session.Handle(new ApplyBar(Bar(2, 90m, 91m, 80m, 85m)), now).Rejection!;
        Assert.Equal(BarRules.BarInFuture, refused.Code);
        Assert.Contains(Day1.AddDays(2).ToString("O"), refused.Message);
        Assert.Equal((100m, Day1.AddDays(1)), (session.LastPrice, session.LastBarTime));
    }

    [Fact]
    public void A_bar_not_newer_than_the_last_one_is_refused_as_stale_and_changes_nothing()
    {
        var session = new VenueSession(Spx);
        Handle(session, new ApplyBar(Bar(1, 100m, 101m, 99m, 100m)));
        Handle(session, new RouteOrder(Limit1, 0));

        Assert.Equal(BarRules.StaleBar, Handle(session, new ApplyBar(Bar(1, 90m, 91m, 80m, 85m))).Rejection!.Code);
        var older = Handle(session, new ApplyBar(Bar(0, 90m, 91m, 80m, 85m)));
        Assert.Equal((BarRules.StaleBar, null), (older.Rejection!.Code, older.Published));
        Assert.Empty(older.Pushed);
        Assert.Equal((100m, 1), (session.LastPrice, session.WorkingOrders));
        Assert.Equal([VenueReportKind.Accepted], Kinds(session, Limit1));
    }

    [Fact]
    public void Bars_and_orders_of_another_instrument_are_refused_as_unknown_instrument()
    {
        var session = new VenueSession(Spx);
        var other = new InstrumentId("SIMX", "BTC-USDT");
        Assert.Equal(TradingRejections.UnknownInstrument,
            Handle(session, new ApplyBar(Bar(2, 90m, 91m, 80m, 85m) with { Instrument = other })).Rejection!.Code);
        Assert.Equal(TradingRejections.UnknownInstrument,
            Handle(session, new RouteOrder(Limit1 with { InstrumentId = other }, 0)).Rejection!.Code);
        Assert.Equal((null, 0), (session.LastPrice, session.WorkingOrders));
    }

    [Fact]
    public void An_order_the_venue_refuses_gets_a_rejected_report_in_the_answer()
    {
        var session = new VenueSession(Spx);
        var offTick = Limit1 with { LimitPrice = 99.005m };
        var answer = Handle(session, new RouteOrder(offTick, 0)).Answer!;
        var rejected = Assert.Single(answer.Reports);
        Assert.Equal(VenueReportKind.Rejected, rejected.Kind);
        Assert.Equal(InstrumentRules.OffTick, rejected.Code);
        Assert.IsType<RejectOrder>(rejected.ToCommand(offTick.ClientOrderId));
        Assert.Equal(0, session.WorkingOrders);
    }

    [Fact]
    public void A_snapshot_keeps_the_last_bar_and_names_the_working_orders_only()
    {
        var session = new VenueSession(Spx);
        var bar = Bar(0, 100m, 100m, 98m, 99m);
        var far = Limit1 with { ClientOrderId = Id("far"), LimitPrice = 50m };
        Handle(session, new RouteOrder(Limit1, 0));
        Handle(session, new RouteOrder(far, 0));
        Handle(session, new ApplyBar(bar));

        var snapshot = session.Snapshot();
        Assert.Equal(bar, snapshot.LastBar);
        Assert.Equal([far.ClientOrderId], snapshot.Working);

        var restarted = new VenueSession(Spx);
        restarted.Restore(snapshot);
        Assert.Equal((bar, 99m, bar.CloseTime, 0), (restarted.LastBar, restarted.LastPrice, restarted.Clock, restarted.WorkingOrders));
        // What the old venue offered is gone: the order groups hold what became real, and send it again.
        Assert.Empty(restarted.ReportsFor(Limit1.ClientOrderId, 0));
        Assert.Equal(BarRules.StaleBar, Handle(restarted, new ApplyBar(bar)).Rejection!.Code);
    }

    [Fact]
    public void A_resumed_order_at_a_restarted_venue_fills_only_what_is_left_and_continues_its_trade_id_numbering()
    {
        var session = new VenueSession(Spx, Capped);
        Handle(session, new RouteOrder(Limit1, 0));
        // Half of a volume of 8: 4 of the 10 fill.
        var first = Assert.Single(Handle(session, new ApplyBar(Bar(0, 100m, 100m, 98m, 99m, volume: 8m))).Pushed);
        var fill1 = first.Reports.Single().Fill!;
        Assert.Equal((new TradeId("l1-1"), 4m), (fill1.TradeId, fill1.Quantity));

        var restarted = new VenueSession(Spx, Capped);
        restarted.Restore(session.Snapshot());
        // The order took reports 0 and 1 and holds one fill of 4: it routes with that progress and asks from report 2.
        var resumed = Handle(restarted, new RouteOrder(Limit1, 2, new WorkingOrderProgress(10m, 99m, null, 4m, 1, false)));
        Assert.Null(resumed.Answer);
        Assert.Equal(1, restarted.WorkingOrders);

        var rest = Assert.Single(Handle(restarted, new ApplyBar(Bar(1, 100m, 100m, 98m, 99m, volume: 40m))).Pushed);
        Assert.Equal((Limit1.ClientOrderId, 2), (rest.OrderId, rest.FromIndex));
        // No second acceptance; the remaining 6, under trade id l1-2.
        var fill2 = Assert.Single(rest.Reports).Fill!;
        Assert.Equal((new TradeId("l1-2"), 6m, 99m), (fill2.TradeId, fill2.Quantity, fill2.Price));
        Assert.Equal(0, restarted.WorkingOrders);
        Assert.Equal(rest.Reports, restarted.ReportsFor(Limit1.ClientOrderId, 2));
    }

    [Fact]
    public void An_order_that_restarted_after_the_venue_took_it_back_gets_placeholders_for_the_reports_it_had_taken_before()
    {
        var restarted = new VenueSession(Spx, Capped);
        restarted.Restore(new VenueSnapshot(Bar(0, 100m, 100m, 98m, 99m, volume: 8m), [Limit1.ClientOrderId]));
        var progress = new WorkingOrderProgress(10m, 99m, null, 4m, 1, false);
        Handle(restarted, new RouteOrder(Limit1, 2, progress));
        var fill = Assert.Single(Handle(restarted, new ApplyBar(Bar(1, 100m, 100m, 98m, 99m, volume: 4m))).Pushed);
        Assert.Equal(2, fill.FromIndex);

        // The order group restarts as well and asks from report 0: reports 0 and 1 came from the venue before its restart.
        var answer = Handle(restarted, new RouteOrder(Limit1, 0, progress)).Answer!;
        Assert.Equal(0, answer.FromIndex);
        Assert.Equal([VenueReportKind.Unavailable, VenueReportKind.Unavailable, VenueReportKind.Filled], answer.Reports.Select(r => r.Kind));
        Assert.Null(VenueReport.Unavailable.ToCommand(Limit1.ClientOrderId));

        // Taken, the order's numbering and the venue's agree again: the next push follows on.
        var order = Working(Limit1).Do(Reports(Limit1, 1, Filled(Limit1, "l1-1", 4m, 99m)));
        var delivery = OrderDelivery.None;
        order = order.Do(delivery.Unseen(answer)!, out var events);
        delivery = delivery.Took(answer);
        Assert.Equal(new TradeId("l1-2"), Assert.IsType<OrderFilled>(Assert.Single(events)).TradeId);
        Assert.Equal(3, delivery.VenueReportsApplied);
        var next = Assert.Single(Handle(restarted, new ApplyBar(Bar(2, 100m, 100m, 98m, 99m, volume: 40m))).Pushed);
        Assert.Same(next, delivery.Unseen(next));
        Assert.Equal(10m, order.Do(next).Order.FilledQuantity);
    }

    [Fact]
    public void A_venue_that_took_an_order_back_from_an_older_poll_takes_it_back_again_from_the_orders_latest_progress()
    {
        // An older poll (the order had one report and no fill) waited in the venue's mailbox across its restart.
        var restarted = new VenueSession(Spx, Capped);
        restarted.Restore(new VenueSnapshot(Bar(0, 100m, 100m, 98m, 99m, volume: 8m), [Limit1.ClientOrderId]));
        Handle(restarted, new RouteOrder(Limit1, 1, new WorkingOrderProgress(10m, 99m, null, 0m, 0, false)));

        // The order's latest poll: it has taken two reports and holds fill l1-1 for 4.
        Assert.Null(Handle(restarted, new RouteOrder(Limit1, 2, new WorkingOrderProgress(10m, 99m, null, 4m, 1, false))).Answer);
        var rest = Assert.Single(Handle(restarted, new ApplyBar(Bar(1, 100m, 100m, 98m, 99m, volume: 40m))).Pushed);
        // Taken back as the order stands: the 6 left, as l1-2, numbered after the order's two reports.
        Assert.Equal(2, rest.FromIndex);
        var fill = Assert.Single(rest.Reports).Fill!;
        Assert.Equal((new TradeId("l1-2"), 6m), (fill.TradeId, fill.Quantity));
        Assert.Equal(0, restarted.WorkingOrders);
    }

    [Fact]
    public void A_venue_takes_back_an_order_it_finished_when_the_order_has_taken_every_report_and_is_still_working()
    {
        // Taken back after a restart while cancel attempt 2 is pending, the venue also gets a late copy of attempt 1: it
        // cancels, but the order skips that answer (not its current attempt) and keeps asking.
        var restarted = new VenueSession(Spx);
        restarted.Restore(new VenueSnapshot(Bar(0, 100m, 101m, 99m, 100m), [Limit1.ClientOrderId]));
        var progress = new WorkingOrderProgress(10m, 99m, null, 0m, 0, false);
        Handle(restarted, new RouteOrder(Limit1, 3, progress));
        var stale = Handle(restarted, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 3)).Answer!;
        Assert.Equal(new VenueReport(VenueReportKind.Cancelled, Reason: "cancelled on request", Attempt: 1), Assert.Single(stale.Reports));
        Assert.Equal(0, restarted.WorkingOrders);

        Handle(restarted, new RouteOrder(Limit1, 4, progress));
        Assert.Equal(1, restarted.WorkingOrders);
        var cancelled = Handle(restarted, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 2, 4)).Answer!;
        Assert.Equal((4, 2), (cancelled.FromIndex, Assert.Single(cancelled.Reports).Attempt));
    }

    [Fact]
    public void Polls_that_agree_with_the_venue_or_lag_behind_it_do_not_take_the_order_back()
    {
        var session = new VenueSession(Spx, Capped);
        Handle(session, new RouteOrder(Limit1, 0));
        // The order has taken the acceptance and stands as the venue has it.
        Assert.Null(Handle(session, new RouteOrder(Limit1, 1, new WorkingOrderProgress(10m, 99m, null, 0m, 0, false))).Answer);
        Handle(session, new ApplyBar(Bar(0, 100m, 100m, 98m, 99m, volume: 8m)));

        // A late copy of that poll, from before the fill: answered with the fill, and the venue keeps it.
        var answer = Handle(session, new RouteOrder(Limit1, 1, new WorkingOrderProgress(10m, 99m, null, 0m, 0, false))).Answer!;
        Assert.Equal((1, VenueReportKind.Filled), (answer.FromIndex, Assert.Single(answer.Reports).Kind));
        var next = Assert.Single(Handle(session, new ApplyBar(Bar(1, 100m, 100m, 98m, 99m, volume: 8m))).Pushed);
        Assert.Equal((new TradeId("l1-2"), 4m), (next.Reports.Single().Fill!.TradeId, next.Reports.Single().Fill!.Quantity));
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Filled, VenueReportKind.Filled], Kinds(session, Limit1));
    }

    [Fact]
    public void A_resumed_stop_order_that_had_triggered_is_not_triggered_again()
    {
        var stop = new OrderRequest(Id("s1"), Account, Spx.Id, OrderSide.Buy, OrderType.Stop, 10m, StopPrice: 105m);
        var restarted = new VenueSession(Spx, Capped);
        restarted.Restore(new VenueSnapshot(Bar(0, 100m, 106m, 99m, 105m), [stop.ClientOrderId]));
        Handle(restarted, new RouteOrder(stop, 3, new WorkingOrderProgress(10m, null, 105m, 4m, 1, true)));

        var pushed = Assert.Single(Handle(restarted, new ApplyBar(Bar(1, 101m, 102m, 100m, 101m, volume: 40m))).Pushed);
        // Below its stop, but it triggered before the restart: it fills the 6 left at the open, as a triggered stop does.
        var fill = Assert.Single(pushed.Reports);
        Assert.Equal((VenueReportKind.Filled, new TradeId("s1-2"), 6m), (fill.Kind, fill.Fill!.TradeId, fill.Fill.Quantity));
    }

    [Fact]
    public void A_cancel_that_reaches_a_restarted_venue_before_its_order_routes_again_gets_no_answer_and_is_handled_after()
    {
        var restarted = new VenueSession(Spx);
        restarted.Restore(new VenueSnapshot(Bar(0, 100m, 101m, 99m, 100m), [Limit1.ClientOrderId]));
        var early = Handle(restarted, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 1));
        Assert.Equal((null, 0), (early.Answer, restarted.WorkingOrders));

        Handle(restarted, new RouteOrder(Limit1, 1, new WorkingOrderProgress(10m, 99m, null, 0m, 0, false)));
        var cancelled = Handle(restarted, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 1)).Answer!;
        Assert.Equal((1, new VenueReport(VenueReportKind.Cancelled, Reason: "cancelled on request", Attempt: 1)),
            (cancelled.FromIndex, Assert.Single(cancelled.Reports)));
        Assert.Equal(0, restarted.WorkingOrders);
    }

    [Fact]
    public void The_restored_last_bar_prices_a_market_order_that_arrives_after_a_restart_at_the_signal_bars_close()
    {
        var settings = new FillModelSettings { MarketFill = MarketFillTiming.SignalBarClose };
        var live = new VenueSession(Spx, settings);
        Handle(live, new ApplyBar(Bar(0, 100m, 101m, 99m, 100m)));
        Handle(live, new ApplyBar(Bar(1, 100m, 103m, 99m, 102.5m)));
        var restarted = new VenueSession(Spx, settings);
        restarted.Restore(live.Snapshot());

        var market = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 3m);
        var answer = Handle(restarted, new RouteOrder(market, 0)).Answer!;
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Filled], answer.Reports.Select(r => r.Kind));
        Assert.Equal((102.5m, new TradeId("m1-1")), (answer.Reports[1].Fill!.Price, answer.Reports[1].Fill!.TradeId));
    }

    [Fact]
    public void Reports_of_finished_orders_are_kept_for_the_last_FinishedKept_of_them_and_then_forgotten()
    {
        var session = new VenueSession(Spx);
        // Off tick: refused and finished at once.
        OrderRequest Refused(int n) => Limit1 with { ClientOrderId = Id($"f{n}"), LimitPrice = 99.005m };
        Handle(session, new RouteOrder(Limit1, 0));
        for (var n = 0; n < VenueSession.FinishedKept; n++) Handle(session, new RouteOrder(Refused(n), 0));
        Assert.Equal([VenueReportKind.Rejected], Kinds(session, Refused(0)));

        Handle(session, new RouteOrder(Refused(VenueSession.FinishedKept), 0));
        Assert.Empty(session.ReportsFor(Id("f0"), 0));
        Assert.Equal([VenueReportKind.Rejected], Kinds(session, Refused(1)));
        Assert.Equal([VenueReportKind.Rejected], Kinds(session, Refused(VenueSession.FinishedKept)));
        // A working order's reports are never forgotten, however many orders finish after it.
        Assert.Equal([VenueReportKind.Accepted], Kinds(session, Limit1));
    }
}
