using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Orders.BestExecution;
using Hive.Core.ReadModel;

namespace Hive.Core.Tests.Orders.BestExecution;

/// <summary>The best-execution summary against numbers worked out by hand in the comments.</summary>
public class BestExecutionReportTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Venue = new(2020, 1, 6, 0, 0, 0, DateTimeKind.Utc);
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX"), Aaa = InstrumentId.Parse("SIM:AAA");
    private static readonly AccountId Account = new("BX-1"), Other = new("BX-2");
    private static int _sortKey;

    private static OrderRow Order(string id, InstrumentId instrument, OrderSide side, OrderType type, decimal quantity, decimal filled, decimal average,
        decimal fees, decimal? arrival, OrderStatus status, double createdSeconds, double updatedSeconds, string? owner = null) =>
        new(new ClientOrderId(id), Account, instrument, owner is null ? null : new StrategyId(owner), side, type, TimeInForce.Gtc, quantity,
            type == OrderType.Limit ? 98m : null, null, status, status, filled, average, fees, null, null, null,
            T0.AddSeconds(createdSeconds), T0.AddSeconds(updatedSeconds), ++_sortKey, 3, arrival);

    private static FillRow Fill(string order, InstrumentId instrument, decimal quantity, decimal price, int venueDay, AccountId? account = null) =>
        new(new TradeId($"{order}-{++_sortKey}"), new ClientOrderId(order), account ?? Account, instrument, OrderSide.Buy, quantity, price, 0m, "USD",
            LiquiditySide.Taker, Venue.AddDays(venueDay), _sortKey);

    [Fact]
    public void Orders_and_parents_are_summed_per_venue_instrument_and_type_with_quantity_weighted_slippage_fees_and_times_to_fill()
    {
        OrderRow[] orders =
        [
            // A buy of 10 arriving at 100, filled at 102 in 2 s: 200 bps against arrival; the tape on its day is 10 @ 102 and another
            // account's 10 @ 102, VWAP 102: 0 bps. Fee 1.02 on 1,020.
            Order("o1", Spx, OrderSide.Buy, OrderType.Market, 10m, 10m, 102m, 1.02m, 100m, OrderStatus.Filled, 0, 2),
            // A sell of 10 arriving at 100, 5 filled at 99, then cancelled: 100 bps against arrival; tape 5 @ 99 and 5 @ 101, VWAP 100:
            // −(99 − 100)/100 = 100 bps. Fee 0.495 on 495.
            Order("o2", Spx, OrderSide.Sell, OrderType.Market, 10m, 5m, 99m, 0.495m, 100m, OrderStatus.Cancelled, 1, 5),
            // A buy of 10 placed when the venue had no price: no arrival benchmark; alone on the tape at 100, 0 bps; filled in 4 s.
            Order("o4", Spx, OrderSide.Buy, OrderType.Market, 10m, 10m, 100m, 1.00m, null, OrderStatus.Filled, 10, 14),
            // A limit buy of 20 that never traded.
            Order("o3", Spx, OrderSide.Buy, OrderType.Limit, 20m, 0m, 0m, 0m, 100m, OrderStatus.Cancelled, 3, 9),
            // Two children of a TWAP of 40 on SIM:AAA arriving at 100: 20 @ 101 (arrival 100: 100 bps) and 20 @ 103 (arrival 103: 0 bps).
            Order("twap-1-1", Aaa, OrderSide.Buy, OrderType.Market, 20m, 20m, 101m, 2.02m, 100m, OrderStatus.Filled, 1, 3, "algo.twap-1"),
            Order("twap-1-2", Aaa, OrderSide.Buy, OrderType.Market, 20m, 20m, 103m, 2.06m, 103m, OrderStatus.Filled, 30, 33, "algo.twap-1"),
        ];
        FillRow[] own = [Fill("o1", Spx, 10m, 102m, 1), Fill("o2", Spx, 5m, 99m, 2), Fill("o4", Spx, 10m, 100m, 4),
            Fill("twap-1-1", Aaa, 20m, 101m, 5), Fill("twap-1-2", Aaa, 20m, 103m, 6)];
        FillRow[] tape =
        [
            .. own, Fill("x1", Spx, 10m, 102m, 1, Other), Fill("x2", Spx, 5m, 101m, 2, Other),
            // Outside every order's interval, and another instrument's: no part of any VWAP.
            Fill("x3", Spx, 100m, 500m, 3, Other),
            // The parent's interval is days 5 to 6: 20 @ 101 + 20 @ 103 + 20 @ 102 = 6,120 / 60 = VWAP 102.
            Fill("x4", Aaa, 20m, 102m, 6, Other),
        ];
        var parents = new Dictionary<AlgoId, ParentSubmission> { [new AlgoId("twap-1")] = new(new AlgoId("twap-1"), "twap", 40m, 100m, T0) };

        var report = BestExecutionReport.Build(orders, own.ToLookup(f => f.ClientOrderId), tape, parents, T0, T0.AddDays(1));

        Assert.Equal(["order SIM:AAA market", "order SIM:SPX limit", "order SIM:SPX market", "parent SIM:AAA twap"],
            report.Rows.Select(r => $"{r.Group} {r.Instrument} {r.Type}"));
        var market = report.Rows[2];
        // Ordered 30, filled 25. Against arrival (o4 has none): (10 × 200 + 5 × 100) / 15 = 166.6667. Against the VWAP:
        // (10 × 0 + 5 × 100 + 10 × 0) / 25 = 20. Fees 2.515 on 2,515 of notional: 10 bps. Filled completely in 2 s and 4 s.
        Assert.Equal(("SIM", 3, 30m, 25m, 25m / 30m), (market.Venue, market.Orders, market.Quantity, market.FilledQuantity, market.FillRate));
        Assert.Equal((166.6667m, 20m, 10m, 2.515m), (market.SlippageVsArrivalBps, market.SlippageVsVwapBps, market.FeesPerNotionalBps, market.Fees));
        Assert.Equal((2m, 4m), (market.TimeToFillP50Seconds, market.TimeToFillP95Seconds));
        var limit = report.Rows[1];
        Assert.Equal((1, 20m, 0m, 0m), (limit.Orders, limit.Quantity, limit.FilledQuantity, limit.FillRate));
        Assert.Null(limit.SlippageVsArrivalBps);
        Assert.Null(limit.SlippageVsVwapBps);
        Assert.Null(limit.FeesPerNotionalBps);
        Assert.Null(limit.TimeToFillP50Seconds);
        var children = report.Rows[0];
        // Each child against its own arrival: (20 × 100 + 20 × 0) / 40 = 50; against its day's VWAP: child 1 alone at 101 (0),
        // child 2's day 20 @ 103 and 20 @ 102 = 102.5: (103 − 102.5) / 102.5 = 48.7805 bps, weighted (0 + 20 × 48.7805) / 40 = 24.3902.
        Assert.Equal((2, 40m, 1m, 50m, 24.3902m), (children.Orders, children.FilledQuantity, children.FillRate, children.SlippageVsArrivalBps,
            children.SlippageVsVwapBps));
        Assert.Equal((2m, 3m), (children.TimeToFillP50Seconds, children.TimeToFillP95Seconds));
        var parent = report.Rows[3];
        // 40 of 40 at 102 on average: 200 bps against its arrival of 100, 0 against the VWAP of 102 over days 5 to 6; fees 4.08 on
        // 4,080; submitted at T0, its last child filled at T0 + 33 s.
        Assert.Equal((1, 40m, 40m, 1m), (parent.Orders, parent.Quantity, parent.FilledQuantity, parent.FillRate));
        Assert.Equal((200m, 0m, 10m), (parent.SlippageVsArrivalBps, parent.SlippageVsVwapBps, parent.FeesPerNotionalBps));
        Assert.Equal((33m, 33m), (parent.TimeToFillP50Seconds, parent.TimeToFillP95Seconds));
    }

    [Fact]
    public void The_95th_percentile_is_the_nearest_rank_and_a_backwards_period_is_refused()
    {
        // Twenty filled orders taking 1 .. 20 s: p50 is the 10th (10 s), p95 the 19th (19 s).
        var orders = Enumerable.Range(1, 20).Select(i =>
            Order($"p{i}", Spx, OrderSide.Buy, OrderType.Market, 1m, 1m, 100m, 0m, 100m, OrderStatus.Filled, 0, i)).ToList();
        var fills = orders.Select(o => Fill(o.ClientOrderId.Value, Spx, 1m, 100m, 1)).ToList();

        var row = Assert.Single(BestExecutionReport.Build(orders, fills.ToLookup(f => f.ClientOrderId), fills, new Dictionary<AlgoId, ParentSubmission>(),
            T0, T0.AddDays(1)).Rows);

        Assert.Equal((10m, 19m, 0m), (row.TimeToFillP50Seconds, row.TimeToFillP95Seconds, row.SlippageVsArrivalBps));
        Assert.Throws<ArgumentException>(() => BestExecutionReport.Build([], Array.Empty<FillRow>().ToLookup(f => f.ClientOrderId), [],
            new Dictionary<AlgoId, ParentSubmission>(), T0, T0));
    }
}
