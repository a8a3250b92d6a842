using Hive.Core.Audit;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Orders.Lifecycle;

namespace Hive.Core.Tests.Orders.Lifecycle;

/// <summary>An order's trail from a hand-made journal and audit records: each step with its status, its cause and its why.</summary>
public sealed class OrderLifecycleTests
{
    private static readonly ClientOrderId Order = new("o-1");
    private static readonly DateTime T = new(2026, 1, 2, 14, 0, 0, DateTimeKind.Utc);

    private static IOrderEvent[] Journal(StrategyId? strategy = null) =>
    [
        new OrderSubmitted("o-1#1", Order, T, T, OrderRequest.Limit(Order, new AccountId("A-1"), InstrumentId.Parse("SIM:SPX"), OrderSide.Buy, 10m, 100m) with { StrategyId = strategy }),
        new OrderAccepted("o-1#2", Order, T.AddSeconds(1), T.AddSeconds(1), new VenueOrderId("v-7")),
        new OrderFilled("o-1#3", Order, T.AddSeconds(2), T.AddSeconds(2), new TradeId("t-9"), 4m, 100m, 0.4m, "USD", LiquiditySide.Maker),
        new OrderCancelPending("o-1#4", Order, T.AddSeconds(4), T.AddSeconds(4)),
        new OrderCancelled("o-1#5", Order, T.AddSeconds(5), T.AddSeconds(5), "no longer wanted"),
    ];

    private static readonly AuditEntry[] Audit =
    [
        // The HTTP node's clock runs a little behind the order's: pairing is by kind and order, not by time.
        new(T.AddSeconds(-0.5), "alice", "trader", "POST /api/orders", "/api/orders", "o-1", 200, """{"clientOrderId":"o-1"}"""),
        new(T.AddSeconds(3), "alice", "trader", "POST /api/orders/{id}/replace", "/api/orders/o-1/replace", "o-1", 422, """{"quantity":30}"""),
        new(T.AddSeconds(3.5), "root", "admin", "POST /api/orders/{id}/cancel", "/api/orders/o-1/cancel", "o-1", 200, """{"reason":"no longer wanted"}"""),
    ];

    [Fact]
    public void Each_state_change_names_its_status_who_caused_it_and_why_and_refused_requests_are_steps_of_their_own()
    {
        var trail = OrderLifecycle.Build(Order, Journal(), Audit);

        Assert.Equal("A-1", trail.AccountId);
        Assert.Equal(
        [
            "submitted New alice (trader) buy 10 SIM:SPX limit at 100; request {\"clientOrderId\":\"o-1\"}",
            "accepted Accepted venue venue order v-7",
            "filled PartiallyFilled venue 4 at 100, fee 0.4 USD, maker, trade t-9",
            "refused-request  alice (trader) POST /api/orders/{id}/replace answered 422; request {\"quantity\":30}",
            "cancel-pending PendingCancel root (admin) request {\"reason\":\"no longer wanted\"}",
            "cancelled Cancelled venue (confirming the cancel asked for) no longer wanted",
        ], trail.Steps.Select(s => $"{s.Event} {s.Status} {s.By} {s.Detail}"));
        Assert.Equal(T.AddSeconds(3), trail.Steps[3].At);
    }

    [Fact]
    public void Without_audit_records_a_strategys_order_is_the_strategys_and_a_cancel_without_a_request_is_the_nodes()
    {
        var journal = Journal(new StrategyId("sma-1"));
        journal = [.. journal[..3], new OrderCancelled("o-1#4", Order, T.AddSeconds(4), T.AddSeconds(4), "account halted: daily loss")];

        var trail = OrderLifecycle.Build(Order, journal, []);

        Assert.Equal("strategy sma-1", trail.Steps[0].By);
        Assert.Equal(("node (halt, kill switch, strategy stop or parent order)", "account halted: daily loss"), (trail.Steps[3].By, trail.Steps[3].Detail));
    }
}
