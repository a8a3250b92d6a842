using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>The parent observed one of its venue's bars (<see cref="ParentOrder.Observe"/>): POV's market volume since start
/// and the bars a limit child has rested are journaled, so a parent recovered on another node counts what this one counted.</summary>
public sealed record MarketBarObserved(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, MarketObservation Bar)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
