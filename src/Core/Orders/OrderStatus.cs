namespace Hive.Core.Orders;

public enum OrderStatus
{
    /// <summary>No order under this client order id yet.</summary>
    None,
    /// <summary>Submitted, not yet acknowledged by the venue.</summary>
    New,
    Accepted,
    /// <summary>A stop, stop-limit or trailing stop whose trigger was hit; now working as market/limit.</summary>
    Triggered,
    PartiallyFilled,
    PendingCancel,
    PendingReplace,
    Filled,
    Cancelled,
    Rejected,
    /// <summary>Refused by Hive's own pre-trade risk (a limit, a halt); <c>Rejected</c> is the venue's or the ledger's word.</summary>
    Denied,
    Expired,
}
