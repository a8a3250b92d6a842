using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>A child was refused; the parent paused with the reason (<see cref="ParentOrder.OnChildRefused"/>).</summary>
public sealed record ChildRefused(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, int Number, string Reason)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
