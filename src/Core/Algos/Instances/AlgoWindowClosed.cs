using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>The window ended: working children are withdrawn and the parent is completed or expired (<see cref="ParentOrder.Close"/>).</summary>
public sealed record AlgoWindowClosed(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
