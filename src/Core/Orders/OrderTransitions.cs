namespace Hive.Core.Orders;

/// <summary>
/// The order state machine as one table: every (status, action) pair not listed is impossible and
/// <see cref="Next"/> returns null, which the order turns into an <c>invalid-transition</c> rejection.
/// Pending states remember where they came from (<c>beforePending</c>) so that a refused cancel or
/// replace returns there; a partial fill while pending keeps the order pending (the answer to the
/// cancel/replace is still due) and records that the order is now partially filled underneath.
/// </summary>
public static class OrderTransitions
{
    public static OrderStatus? Next(OrderStatus from, OrderAction action, OrderStatus beforePending) => (from, action) switch
    {
        (OrderStatus.None, OrderAction.Submit) => OrderStatus.New,

        (OrderStatus.New, OrderAction.Accept) => OrderStatus.Accepted,
        (OrderStatus.New, OrderAction.Reject) => OrderStatus.Rejected,
        (OrderStatus.New, OrderAction.Deny) => OrderStatus.Denied,
        (OrderStatus.New, OrderAction.RequestCancel) => OrderStatus.PendingCancel,
        (OrderStatus.New, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.New, OrderAction.PartialFill) => OrderStatus.PartiallyFilled,
        (OrderStatus.New, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.New, OrderAction.Expire) => OrderStatus.Expired,

        (OrderStatus.Accepted, OrderAction.Trigger) => OrderStatus.Triggered,
        (OrderStatus.Accepted, OrderAction.RequestCancel) => OrderStatus.PendingCancel,
        (OrderStatus.Accepted, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.Accepted, OrderAction.RequestReplace) => OrderStatus.PendingReplace,
        (OrderStatus.Accepted, OrderAction.PartialFill) => OrderStatus.PartiallyFilled,
        (OrderStatus.Accepted, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.Accepted, OrderAction.Expire) => OrderStatus.Expired,

        (OrderStatus.Triggered, OrderAction.RequestCancel) => OrderStatus.PendingCancel,
        (OrderStatus.Triggered, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.Triggered, OrderAction.RequestReplace) => OrderStatus.PendingReplace,
        (OrderStatus.Triggered, OrderAction.PartialFill) => OrderStatus.PartiallyFilled,
        (OrderStatus.Triggered, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.Triggered, OrderAction.Expire) => OrderStatus.Expired,

        (OrderStatus.PartiallyFilled, OrderAction.RequestCancel) => OrderStatus.PendingCancel,
        (OrderStatus.PartiallyFilled, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.PartiallyFilled, OrderAction.RequestReplace) => OrderStatus.PendingReplace,
        (OrderStatus.PartiallyFilled, OrderAction.PartialFill) => OrderStatus.PartiallyFilled,
        (OrderStatus.PartiallyFilled, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.PartiallyFilled, OrderAction.Expire) => OrderStatus.Expired,

        (OrderStatus.PendingCancel, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.PendingCancel, OrderAction.RejectCancel) => beforePending,
        (OrderStatus.PendingCancel, OrderAction.PartialFill) => OrderStatus.PendingCancel,
        (OrderStatus.PendingCancel, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.PendingCancel, OrderAction.Expire) => OrderStatus.Expired,

        (OrderStatus.PendingReplace, OrderAction.ConfirmReplace) => beforePending,
        (OrderStatus.PendingReplace, OrderAction.RejectReplace) => beforePending,
        (OrderStatus.PendingReplace, OrderAction.RequestCancel) => OrderStatus.PendingCancel,
        (OrderStatus.PendingReplace, OrderAction.ConfirmCancel) => OrderStatus.Cancelled,
        (OrderStatus.PendingReplace, OrderAction.PartialFill) => OrderStatus.PendingReplace,
        (OrderStatus.PendingReplace, OrderAction.Fill) => OrderStatus.Filled,
        (OrderStatus.PendingReplace, OrderAction.Expire) => OrderStatus.Expired,

        // A decrement changes the quantity, never the status, of an order that works (or is about to, or waits for an answer).
        (OrderStatus.New or OrderStatus.Accepted or OrderStatus.Triggered or OrderStatus.PartiallyFilled or OrderStatus.PendingCancel
            or OrderStatus.PendingReplace, OrderAction.Decrement) => from,

        // Filled, Cancelled, Rejected and Expired are terminal: nothing leaves them.
        _ => null,
    };

    public static bool IsTerminal(OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Cancelled or OrderStatus.Rejected or OrderStatus.Denied or OrderStatus.Expired;

    public static bool IsPending(OrderStatus status) => status is OrderStatus.PendingCancel or OrderStatus.PendingReplace;
}
