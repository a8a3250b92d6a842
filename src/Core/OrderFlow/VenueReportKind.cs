namespace Hive.Core.OrderFlow;

/// <summary>What a venue did to an order. Stored in journals as a number: append, never reorder.</summary>
public enum VenueReportKind
{
    Accepted,
    Rejected,
    Triggered,
    Filled,
    Cancelled,
    CancelRejected,
    Replaced,
    ReplaceRejected,
    Expired,
    /// <summary>A report this venue no longer has: its order took it before the venue restarted (see <see cref="VenueSession"/>).</summary>
    Unavailable,
    /// <summary>The venue shrank the order (self-trade prevention's decrement); <see cref="VenueReport.Quantity"/> is its new total.</summary>
    Decremented,
}
