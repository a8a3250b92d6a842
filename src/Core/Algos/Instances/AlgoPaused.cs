using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Its owner paused the parent.</summary>
public sealed record AlgoPaused(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, string Reason)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
