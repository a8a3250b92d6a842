using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy was stopped.</summary>
public sealed record StrategyStopped(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId, string Reason)
    : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
