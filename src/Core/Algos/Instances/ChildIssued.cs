using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Child <see cref="ChildOrder.Number"/> was decided; journaled before its order is placed, so a parent that dies
/// in between places the same order (same client order id) on recovery: never a second child for one slice, never a lost one.</summary>
public sealed record ChildIssued(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, ChildOrder Child)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
