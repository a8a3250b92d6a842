using Hive.Core.Algos;

namespace Hive.Cluster.Trading;

/// <summary>One child of a parent order: its order's client order id, when it was decided, the listing it went to, what it asked
/// (for a routed child, the price after its venue's fees the router ranked it by) and what it got.</summary>
public sealed record AlgoChildView(string ClientOrderId, DateTime Time, string Venue, string Instrument, decimal Quantity, decimal? LimitPrice,
    decimal? EffectivePrice, decimal Filled, decimal AveragePrice, decimal Fees, bool Open, bool Withdrawing, string? Refusal)
{
    public static AlgoChildView From(ParentOrder parent, ChildOrder child)
    {
        var listing = parent.ListingOf(child).Id;
        return new(parent.ChildId(child.Number), child.Time, listing.Venue, listing.ToString(), child.Quantity, child.LimitPrice,
            child.Route?.EffectivePrice, child.Filled, child.AveragePrice, child.Fees, child.Open, child.CancelRequested, child.Refusal);
    }
}
