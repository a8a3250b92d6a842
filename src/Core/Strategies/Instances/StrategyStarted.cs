using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy was started with these settings.</summary>
public sealed record StrategyStarted(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId,
    string Kind, AccountId AccountId, ImmutableSortedDictionary<string, string> Parameters)
    : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
