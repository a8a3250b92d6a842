using Hive.Core.Algos;

namespace Hive.Cluster.Trading;

/// <summary>One child of a parent order: its order's client order id, when it was decided, what it asked and what it got.</summary>
public sealed record AlgoChildView(string ClientOrderId, DateTime Time, decimal Quantity, decimal? LimitPrice, decimal Filled,
    decimal AveragePrice, decimal Fees, bool Open, bool Withdrawing, string? Refusal)
{
    public static AlgoChildView From(ParentOrder parent, ChildOrder child) =>
        new(parent.ChildId(child.Number), child.Time, child.Quantity, child.LimitPrice, child.Filled, child.AveragePrice, child.Fees,
            child.Open, child.CancelRequested, child.Refusal);
}
