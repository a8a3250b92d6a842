using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>A child's order reported new cumulative figures (<see cref="ParentOrder.OnChildProgress"/>).</summary>
public sealed record ChildProgressed(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId, int Number,
    decimal Filled, decimal AveragePrice, decimal Fees, bool Open) : AlgoEvent(EventId, OccurredAt, RecordedAt, AlgoId);
