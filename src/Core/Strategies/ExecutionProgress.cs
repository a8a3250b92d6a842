using Hive.Core.Algos;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>Where a parent a strategy handed to an algorithm stands, as its host last heard. <see cref="Reason"/>: why it is
/// paused, or why its submission was refused after the ticket (a cluster's parent entity refusing a VWAP whose node's lake
/// has no history of the instrument: the parent then stands <see cref="ParentStatus.Cancelled"/> with nothing filled).</summary>
public sealed record ExecutionProgress(AlgoId AlgoId, ParentStatus Status, decimal Filled, decimal Remaining, string? Reason = null)
{
    public bool IsFinished => Status is ParentStatus.Completed or ParentStatus.Expired or ParentStatus.Cancelled;

    public static ExecutionProgress Of(ParentOrder parent) => new(new AlgoId(parent.Id), parent.Status, parent.Filled, parent.Remaining, parent.PauseReason);
}
