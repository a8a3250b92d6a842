using Hive.Core.Algos.Routing;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Child <see cref="Number"/> was refused (by the order's validation, the account, a risk limit or its venue): an unrouted
/// parent pauses with the reason; a routed one re-routes the child's quantity to its other venues (<see cref="ParentOrder.Reroute"/>).</summary>
public sealed record RecordChildRefusal(AlgoId AlgoId, int Number, string Reason) : AlgoCommand(AlgoId)
{
    /// <summary>A routed parent's venues as the entity last saw them (their last prices, fees and caps), where what a venue refused is re-routed.</summary>
    public IReadOnlyList<VenueBook> Books { get; init; } = [];
}
