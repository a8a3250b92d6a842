namespace Hive.Core.Orders;

/// <summary>
/// What a venue does when an incoming order would trade with a resting opposite order of the same account, as exchanges
/// offer it (docs/trading.md). The cancelled side ends <c>Cancelled</c> with code <c>self-trade-prevented</c>.
/// Stored in journals as a number: append, never reorder.
/// </summary>
public enum SelfTradePrevention
{
    /// <summary>No prevention: both orders work (and may both fill on the same bar).</summary>
    None,
    /// <summary>Cancel the incoming order; the resting ones keep working.</summary>
    ExpireTaker,
    /// <summary>Cancel the resting orders it would cross; the incoming order works.</summary>
    ExpireMaker,
    /// <summary>Cancel the incoming order and the resting orders it would cross.</summary>
    ExpireBoth,
    /// <summary>Shrink both by the quantity they would have traded: the smaller (both, when equal) is cancelled, the larger
    /// works on with the rest (an incoming order against several resting ones takes them in the venue's order).</summary>
    Decrement,
}
