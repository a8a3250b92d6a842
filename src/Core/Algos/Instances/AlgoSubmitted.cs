using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Algos.Instances;

/// <summary>A parent was accepted: the spec as given, the checked parameters, the instrument's rules, the arrival price and the
/// planned schedule (and a routed parent's listings), so a restart never re-plans (nor re-reads a catalog that may have changed).</summary>
public sealed record AlgoSubmitted(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, AlgoSpec Spec,
    ExecutionParameters Parameters, Instrument Instrument, decimal ArrivalPrice, IReadOnlyList<ScheduledSlice> Schedule)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId)
{
    /// <summary>A routed parent's listing at each of its venues (<see cref="ParentOrder.Listings"/>); empty: it does not route.</summary>
    public IReadOnlyList<Instrument> Listings { get; init; } = [];
}
