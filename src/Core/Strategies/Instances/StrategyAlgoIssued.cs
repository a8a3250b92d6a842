using Hive.Core.Algos.Instances;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy handed a target to an algorithm: the parent <see cref="AlgoId"/> as it is submitted to the <c>algo</c>
/// region (the window fixed on the clock of the issue), which the entity sends until acknowledged; the algo id is the
/// submission's idempotency key, so a re-send after a restart is the same parent.</summary>
public sealed record StrategyAlgoIssued(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId,
    AlgoId AlgoId, AlgoSpec Spec, decimal ArrivalPrice) : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
