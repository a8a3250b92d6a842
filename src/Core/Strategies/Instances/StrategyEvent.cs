using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>A persisted fact about a strategy instance.</summary>
public abstract record StrategyEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId)
    : IDomainEvent, IWithStrategyId;
