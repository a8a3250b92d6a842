using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Strategies;

public abstract record StrategyEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId)
    : IDomainEvent, IWithStrategyId;

public sealed record StrategyStarted(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId,
    string Kind, AccountId AccountId, ImmutableSortedDictionary<string, string> Parameters)
    : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);

public sealed record StrategyStopped(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId, string Reason)
    : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
