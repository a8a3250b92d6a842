using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;
using static Hive.Core.Tests.OrderFlow.FlowData;

namespace Hive.Core.Tests.OrderFlow;

public class VenueSessionTests
{
    private static readonly OrderRequest Limit1 = OrderRequest.Limit(Id("l1"), Account, Spx.Id, OrderSide.Buy, 10m, 99m);

    /// <summary>Does what the instrument entity does: plan, apply an unjournaled bar, journal and apply the rest.</summary>
    private static List<VenueReports> Handle(VenueSession session, List<IVenueEvent> journal, IVenueCommand command)
    {
        var step = session.Plan(command, Now);
        if (step.UnjournaledBar is { } bar) session.ApplyUnjournaled(bar);
        var reports = new List<VenueReports>();
        foreach (var input in step.ToJournal)
        {
            journal.Add(input);
            reports.AddRange(session.Apply(input));
        }
        return reports;
    }

    private static VenueSession Replay(IEnumerable<IVenueEvent> journal, FillModelSettings? settings = null)
    {
        var session = new VenueSession(Spx, settings);
        foreach (var input in journal) session.Apply(input);
        return session;
    }

    private static IEnumerable<VenueReport> Reports(VenueSession session, params OrderRequest[] orders) =>
        orders.SelectMany(o => session.ReportsFor(o.ClientOrderId, 0));

    [Fact]
    public void Replaying_the_journal_reproduces_reports_trade_ids_and_last_price()
    {
        var settings = new FillModelSettings { Fees = new FeeSchedule(0.0005m, 0.001m), MaxVolumeShare = 0.5m };
        var live = new VenueSession(Spx, settings);
        var journal = new List<IVenueEvent>();
        var market = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 8m) with { TimeInForce = TimeInForce.Gtc };
        Handle(live, journal, new ApplyBar(Bar(0, 100m, 101m, 99m, 100m, 10m)));
        Handle(live, journal, new RouteOrder(Limit1, 0));
        Handle(live, journal, new RouteOrder(market, 0));
        for (var day = 1; day <= 4; day++) Handle(live, journal, new ApplyBar(Bar(day, 100m, 101m, 98m, 99m + day, 10m)));

        var replayed = Replay(journal, settings);
        var trades = Reports(live, Limit1, market).Where(r => r.Fill is not null).Select(r => r.Fill!.TradeId).ToList();
        Assert.True(trades.Count >= 4, "the volume cap should split the fills over several bars");
        Assert.Equal(trades.Count, trades.Distinct().Count());
        Assert.Equal(Reports(live, Limit1, market), Reports(replayed, Limit1, market));
        Assert.Equal((live.LastPrice, live.Clock, live.WorkingOrders), (replayed.LastPrice, replayed.Clock, replayed.WorkingOrders));
    }

    [Fact]
    public void The_unjournaled_bar_an_order_arrives_after_is_journaled_first_so_a_replayed_order_sees_the_same_price()
    {
        // Filled at the signal bar's close on arrival: the fill depends on the last bar, which met no working order.
        var settings = new FillModelSettings { MarketFill = MarketFillTiming.SignalBarClose };
        var live = new VenueSession(Spx, settings);
        var journal = new List<IVenueEvent>();
        Handle(live, journal, new ApplyBar(Bar(0, 100m, 101m, 99m, 100m)));
        Handle(live, journal, new ApplyBar(Bar(1, 100m, 103m, 99m, 102.5m)));
        Assert.Empty(journal);

        var market = OrderRequest.Market(Id("m1"), Account, Spx.Id, OrderSide.Buy, 3m);
        Handle(live, journal, new RouteOrder(market, 0));
        Assert.Collection(journal,
            e => Assert.Equal(Bar(1, 100m, 103m, 99m, 102.5m), Assert.IsType<VenueBarApplied>(e).Bar),
            e => Assert.Equal(market, Assert.IsType<VenueOrderRouted>(e).Request));
        Assert.Equal(["SIM:SPX#1", "SIM:SPX#2"], journal.Select(e => e.EventId));

        var replayed = Replay(journal, settings);
        var fill = live.ReportsFor(market.ClientOrderId, 0).Single(r => r.Kind == VenueReportKind.Filled).Fill!;
        Assert.Equal(102.5m, fill.Price);
        Assert.Equal(live.ReportsFor(market.ClientOrderId, 0), replayed.ReportsFor(market.ClientOrderId, 0));
        Assert.Equal((102.5m, live.Clock), (replayed.LastPrice, replayed.Clock));
    }

    [Fact]
    public void Bars_that_meet_no_working_order_only_move_the_last_price_and_are_not_journaled()
    {
        var session = new VenueSession(Spx);
        var step = session.Plan(new ApplyBar(Bar(0, 100m, 101m, 99m, 100.5m)), Now);
        Assert.Empty(step.ToJournal);
        Assert.Equal(Bar(0, 100m, 101m, 99m, 100.5m), step.UnjournaledBar);
        session.ApplyUnjournaled(step.UnjournaledBar!);
        Assert.Equal((100.5m, Day1, 0L), (session.LastPrice, session.LastBarTime, session.EventsApplied));
    }

    [Fact]
    public void Bars_that_meet_a_working_order_are_journaled()
    {
        var session = new VenueSession(Spx);
        var journal = new List<IVenueEvent>();
        Handle(session, journal, new RouteOrder(Limit1, 0));
        var step = session.Plan(new ApplyBar(Bar(0, 100m, 101m, 99.5m, 100m)), Now);
        Assert.Null(step.UnjournaledBar);
        var applied = Assert.IsType<VenueBarApplied>(Assert.Single(step.ToJournal));
        Assert.Equal((Day1, Now), (applied.OccurredAt, applied.RecordedAt));
    }

    [Fact]
    public void Stale_bars_and_bars_of_other_instruments_are_ignored()
    {
        var session = new VenueSession(Spx);
        var journal = new List<IVenueEvent>();
        Handle(session, journal, new ApplyBar(Bar(1, 100m, 101m, 99m, 100m)));
        Handle(session, journal, new RouteOrder(Limit1, 0));

        Assert.Equal(VenueStep.Nothing, session.Plan(new ApplyBar(Bar(1, 90m, 91m, 80m, 85m)), Now));
        Assert.Equal(VenueStep.Nothing, session.Plan(new ApplyBar(Bar(0, 90m, 91m, 80m, 85m)), Now));
        var other = Bar(2, 90m, 91m, 80m, 85m) with { Instrument = new InstrumentId("SIMX", "BTC-USDT") };
        Assert.Equal(VenueStep.Nothing, session.Plan(new ApplyBar(other), Now));
        Assert.Equal(100m, session.LastPrice);
        Assert.Equal(1, session.WorkingOrders);
    }

    [Fact]
    public void Repeated_route_order_cancel_and_replace_attempts_are_journaled_once()
    {
        var session = new VenueSession(Spx);
        var journal = new List<IVenueEvent>();
        Handle(session, journal, new RouteOrder(Limit1, 0));
        Handle(session, journal, new RouteOrder(Limit1, 0));
        Handle(session, journal, new RouteOrder(Limit1, 1));
        Assert.Single(journal);

        Handle(session, journal, new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 1));
        Handle(session, journal, new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 1));
        Handle(session, journal, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 2));
        Handle(session, journal, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 1, 2));
        Assert.Equal([typeof(VenueOrderRouted), typeof(VenueReplaceRouted), typeof(VenueCancelRouted)], journal.Select(e => e.GetType()));

        // A new attempt is a new input: the venue answers it (the order is gone, so the cancel is refused).
        Handle(session, journal, new RouteCancel(Spx.Id, Limit1.ClientOrderId, 2, 3));
        Assert.Equal(4, journal.Count);
        Assert.Equal([VenueReportKind.Accepted, VenueReportKind.Replaced, VenueReportKind.Cancelled, VenueReportKind.CancelRejected],
            session.ReportsFor(Limit1.ClientOrderId, 0).Select(r => r.Kind));

        // Replayed, the journal rebuilds the dedup sets too: a retried attempt is still a no-op.
        var replayed = Replay(journal);
        Assert.Equal(VenueStep.Nothing, replayed.Plan(new RouteOrder(Limit1, 0), Now));
        Assert.Equal(VenueStep.Nothing, replayed.Plan(new RouteCancel(Spx.Id, Limit1.ClientOrderId, 2, 3), Now));
        Assert.Equal(VenueStep.Nothing, replayed.Plan(new RouteReplace(Spx.Id, Limit1.ClientOrderId, 1, 12m, 98m, null, 1), Now));
    }

    [Fact]
    public void Reports_are_numbered_per_order_and_batches_say_where_they_start()
    {
        var session = new VenueSession(Spx);
        var journal = new List<IVenueEvent>();
        var limit2 = Limit1 with { ClientOrderId = Id("l2"), LimitPrice = 95m };
        var routed = Handle(session, journal, new RouteOrder(Limit1, 0));
        Assert.Equal((Limit1.ClientOrderId, 0), (Assert.Single(routed).OrderId, routed[0].FromIndex));
        Handle(session, journal, new RouteOrder(limit2, 0));

        var filled = Handle(session, journal, new ApplyBar(Bar(0, 100m, 100m, 98m, 99m)));
        var batch = Assert.Single(filled);
        Assert.Equal((Limit1.ClientOrderId, 1), (batch.OrderId, batch.FromIndex));
        Assert.Equal(VenueReportKind.Filled, Assert.Single(batch.Reports).Kind);
        Assert.Equal(batch.Reports, session.ReportsFor(Limit1.ClientOrderId, 1));
        Assert.Empty(session.ReportsFor(Limit1.ClientOrderId, 2));
        Assert.Empty(session.ReportsFor(Id("never-routed"), 0));
        Assert.Equal(new VenueStatus(Spx.Id, Day1, 99m, 1, 3), session.Status);
    }

    [Fact]
    public void An_order_the_venue_refuses_gets_a_rejected_report()
    {
        var session = new VenueSession(Spx);
        var offTick = Limit1 with { LimitPrice = 99.005m };
        var reports = Handle(session, new List<IVenueEvent>(), new RouteOrder(offTick, 0));
        var rejected = Assert.Single(Assert.Single(reports).Reports);
        Assert.Equal(VenueReportKind.Rejected, rejected.Kind);
        Assert.Equal(Instruments.InstrumentRules.OffTick, rejected.Code);
        Assert.IsType<RejectOrder>(rejected.ToCommand(offTick.ClientOrderId));
    }
}
