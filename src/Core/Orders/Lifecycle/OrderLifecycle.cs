using System.Globalization;
using Hive.Core.Audit;
using Hive.Core.Ids;

namespace Hive.Core.Orders.Lifecycle;

/// <summary>
/// One order's full trail for an auditor: every state change from its journal with the time it was recorded, the status it
/// left and why, and who caused it, taken from the audit trail. An API request and the event it caused are paired in order
/// of kind (the n-th accepted cancel request with the n-th cancel the order journaled), never by clock, since the HTTP node
/// and the order's node keep their own clocks; a request the node refused is a step of its own. Pure: the journal's events
/// oldest first and the order's audit records in, the steps out, ordered by time (journal order kept among equal times).
/// </summary>
public sealed record OrderLifecycle(ClientOrderId OrderId, string? AccountId, IReadOnlyList<OrderLifecycleStep> Steps)
{
    public static OrderLifecycle Build(ClientOrderId id, IReadOnlyList<IOrderEvent> journal, IReadOnlyList<AuditEntry> audit)
    {
        var accepted = audit.Where(a => a.Status is >= 200 and < 300).OrderBy(a => a.At).ToList();
        var requests = new Dictionary<string, Queue<AuditEntry>>
        {
            ["submit"] = new(accepted.Where(a => a.Action.EndsWith("/api/orders", StringComparison.Ordinal))),
            ["cancel"] = new(accepted.Where(a => a.Action.EndsWith("/cancel", StringComparison.Ordinal))),
            ["replace"] = new(accepted.Where(a => a.Action.EndsWith("/replace", StringComparison.Ordinal))),
        };
        var state = OrderState.Empty(id);
        var steps = new List<OrderLifecycleStep>();
        string? strategy = null, account = null;
        var cancelPending = false;
        foreach (var e in journal)
        {
            state = state.Apply(e);
            if (e is OrderSubmitted s) (strategy, account) = (s.Request.StrategyId?.Value, s.Request.AccountId.Value);
            // A cancel the venue confirms after a pending one was asked for already; one without a pending step came from the node.
            var request = e switch
            {
                OrderSubmitted => Take(requests["submit"]),
                OrderCancelPending => Take(requests["cancel"]),
                OrderCancelled { Code: null } when !cancelPending => Take(requests["cancel"]),
                OrderReplacePending => Take(requests["replace"]),
                _ => null,
            };
            var by = request is not null ? $"{request.User} ({request.Role})" : CauseOf(e, strategy, cancelPending);
            cancelPending = e is OrderCancelPending || (cancelPending && e is not (OrderCancelled or OrderCancelRejected));
            var detail = string.Join("; ", new[] { DetailOf(e), request is { Detail.Length: > 0 } ? $"request {request.Detail}" : "" }.Where(d => d.Length > 0));
            steps.Add(new OrderLifecycleStep(e.RecordedAt, EventName(e), state.Status.ToString(), by, detail));
        }
        steps.AddRange(audit.Where(a => a.Status >= 300).Select(a =>
            new OrderLifecycleStep(a.At, "refused-request", "", $"{a.User} ({a.Role})", $"{a.Action} answered {a.Status}; request {a.Detail}")));
        return new OrderLifecycle(id, account, steps.Select((step, n) => (step, n)).OrderBy(x => x.step.At).ThenBy(x => x.n).Select(x => x.step).ToList());
    }

    private static AuditEntry? Take(Queue<AuditEntry> queue) => queue.TryDequeue(out var entry) ? entry : null;

    /// <summary>Who caused a step no API request did.</summary>
    private static string CauseOf(IOrderEvent e, string? strategy, bool cancelPending) => e switch
    {
        OrderCancelled { Code: null } when cancelPending => "venue (confirming the cancel asked for)",
        OrderSubmitted => strategy is null ? "unrecorded (no audit record of the submission)" : $"strategy {strategy}",
        OrderDenied => "account (pre-trade risk check)",
        OrderCancelled { Code: null } or OrderCancelPending => "node (halt, kill switch, strategy stop or parent order)",
        _ => "venue",
    };

    private static string EventName(IOrderEvent e)
    {
        var name = e.GetType().Name["Order".Length..];
        return string.Concat(name.Select((c, n) => char.IsUpper(c) && n > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
    }

    private static string DetailOf(IOrderEvent e) => e switch
    {
        OrderSubmitted { Request: var r } => $"{Lower(r.Side)} {N(r.Quantity)} {r.InstrumentId} {Lower(r.Type)}" +
                                             (r.LimitPrice is { } limit ? $" at {N(limit)}" : "") + (r.StopPrice is { } stop ? $" stop {N(stop)}" : ""),
        OrderAccepted a => $"venue order {a.VenueOrderId.Value}",
        OrderFilled f => $"{N(f.Quantity)} at {N(f.Price)}, fee {N(f.Fee)} {f.FeeCurrency}, {Lower(f.Liquidity)}, trade {f.TradeId.Value}",
        OrderCancelled c => c.Code is null ? c.Reason : $"{c.Code}: {c.Reason}",
        OrderRejected r => $"{r.Code}: {r.Reason}",
        OrderDenied d => $"{d.Code}: {d.Reason}",
        OrderCancelRejected c => c.Reason,
        OrderReplaceRejected r => r.Reason,
        OrderReplacePending p => Amendment(p.Quantity, p.LimitPrice, p.StopPrice),
        OrderReplaced p => Amendment(p.Quantity, p.LimitPrice, p.StopPrice),
        OrderTriggered t => $"triggered at {N(t.TriggerPrice)}",
        OrderDecremented d => $"quantity {N(d.Quantity)}, {d.Code}: {d.Reason}",
        _ => "",
    };

    private static string Amendment(decimal quantity, decimal? limit, decimal? stop) =>
        $"quantity {N(quantity)}" + (limit is { } l ? $", limit {N(l)}" : "") + (stop is { } s ? $", stop {N(s)}" : "");

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();

    private static string N(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
