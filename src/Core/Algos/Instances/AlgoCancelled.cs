using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Its owner cancelled the parent; its working children are withdrawn (<see cref="ParentOrder.Cancel"/>).</summary>
public sealed record AlgoCancelled(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, string Reason)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
