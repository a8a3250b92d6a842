using Hive.Core.Algos.Routing;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>The venue applied a bar of the parent's instrument: <see cref="Bar"/> is it as the parent's clock sees it (<see cref="AlgoClock.ObserveBar"/>),
/// with the bar's volume and close. Only a parent that counts bars takes it (POV, limit placement).</summary>
public sealed record ObserveAlgoBar(AlgoId AlgoId, MarketObservation Bar) : AlgoCommand(AlgoId)
{
    /// <summary>A routed parent's venues as the entity last saw them (their last prices, fees and caps), for the router.</summary>
    public IReadOnlyList<VenueBook> Books { get; init; } = [];
}
