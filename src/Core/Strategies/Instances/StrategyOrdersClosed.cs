using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Orders of the strategy that have finished: they leave its open orders, so its state (and what it re-sends after a
/// restart) stays as large as what is still open. Written in batches, not per order.</summary>
public sealed record StrategyOrdersClosed(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId,
    IReadOnlyList<ClientOrderId> Orders) : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
