namespace Hive.Core.Orders;

/// <summary>What can happen to an order: the columns of <see cref="OrderTransitions"/>.</summary>
public enum OrderAction
{
    Submit,
    Accept,
    Reject,
    Deny,
    Trigger,
    RequestCancel,
    ConfirmCancel,
    RejectCancel,
    RequestReplace,
    ConfirmReplace,
    RejectReplace,
    PartialFill,
    Fill,
    Expire,
    /// <summary>The venue shrank a working order (self-trade prevention); the order stays where it is.</summary>
    Decrement,
}
