using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>The parent carries on after a pause.</summary>
public sealed record AlgoResumed(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
