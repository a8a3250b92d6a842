namespace Hive.Core.Algos;

/// <summary>
/// One child of a parent order as the parent knows it: its number (the child's order id is <c>{parent}-{number}</c>),
/// when it was sent, what was asked (quantity, limit price or market) and what its order reported since (filled
/// quantity, average price, fees, whether it still works). <see cref="BarsResting"/> counts the bars it has worked,
/// for re-pricing; <see cref="CancelRequested"/> marks a child being withdrawn, still counted until it is done.
/// A routed parent's child carries its <see cref="Route"/>: the venue the router sent it to and at what price.
/// </summary>
public sealed record ChildOrder(int Number, DateTime Time, decimal Quantity, decimal? LimitPrice)
{
    public decimal Filled { get; init; }
    public decimal AveragePrice { get; init; }
    public decimal Fees { get; init; }
    public bool Open { get; init; } = true;
    public bool CancelRequested { get; init; }
    public int BarsResting { get; init; }
    /// <summary>Why the child was refused, when it was.</summary>
    public string? Refusal { get; init; }
    /// <summary>The router's allocation this child places (null: the parent does not route; the child goes to its instrument).</summary>
    public Routing.RouteAllocation? Route { get; init; }

    /// <summary>Quantity this child may still fill: its leaves while it works, nothing once done.</summary>
    public decimal Outstanding => Open ? Quantity - Filled : 0m;
}
