namespace Hive.Core.Algos.Routing;

/// <summary>A child split across venues, best effective price first, and what no venue could take.</summary>
public sealed record RoutePlan(IReadOnlyList<RouteAllocation> Allocations, decimal Unrouted)
{
    public decimal Routed => Allocations.Sum(a => a.Quantity);

    /// <summary>Quantity per venue, in the order venues first appear in the plan.</summary>
    public IReadOnlyDictionary<string, decimal> ByVenue =>
        Allocations.GroupBy(a => a.Venue).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));

    /// <summary>Volume-weighted effective price of what was routed (0 when nothing was).</summary>
    public decimal AverageEffectivePrice => Routed == 0m ? 0m : Allocations.Sum(a => a.Quantity * a.EffectivePrice) / Routed;
}
