using Hive.Core.Algos.Routing;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>The entity's clock tick: the parent observes <see cref="Observation"/> (<see cref="AlgoClock"/>) and decides
/// which children to send or withdraw now.</summary>
public sealed record AdvanceAlgo(AlgoId AlgoId, MarketObservation Observation) : AlgoCommand(AlgoId)
{
    /// <summary>A routed parent's venues as the entity last saw them (their last prices, fees and caps), for the router.</summary>
    public IReadOnlyList<VenueBook> Books { get; init; } = [];
}
