using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>A parent the strategy issued is finished (or was refused) and is no longer followed.</summary>
public sealed record StrategyAlgoClosed(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId, AlgoId AlgoId)
    : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
