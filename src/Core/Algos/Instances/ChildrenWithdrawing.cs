using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Working children are being cancelled (re-pricing); they count against the quantity until their orders are done.</summary>
public sealed record ChildrenWithdrawing(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, IReadOnlyList<int> Numbers)
    : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
