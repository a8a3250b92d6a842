using Hive.Core.Algos;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>Where a parent a strategy handed to an algorithm stands, as its host last heard.</summary>
public sealed record ExecutionProgress(AlgoId AlgoId, ParentStatus Status, decimal Filled, decimal Remaining)
{
    public bool IsFinished => Status is ParentStatus.Completed or ParentStatus.Expired or ParentStatus.Cancelled;

    public static ExecutionProgress Of(ParentOrder parent) => new(new AlgoId(parent.Id), parent.Status, parent.Filled, parent.Remaining);
}
