using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>
/// A parent order as the read side stores it: its submission, where it stands and its progress, folded from the events that
/// change them (<see cref="ReadModelTags.For"/>: not the bars it observes nor the withdrawals it starts). Each journaled event is
/// one of <see cref="ParentOrder"/>'s transitions that changed something (<see cref="AlgoState.Decide"/> journals nothing else),
/// so the row takes each as the parent took it: a child's report replaces that child's figures, and the parent's filled
/// quantity, average price and fees are the sums over its children, as <see cref="ParentOrder"/> keeps them.
/// <see cref="SortKey"/> is the journal position of the submission; <see cref="Version"/> the last folded sequence number.
/// </summary>
public sealed record AlgoRow(
    AlgoId AlgoId, AccountId AccountId, InstrumentId InstrumentId, OrderSide Side, string Type, ParentStatus Status, string? PauseReason,
    decimal Quantity, decimal ArrivalPrice, int SlicesPlanned, ImmutableList<AlgoChildFigures> Children,
    DateTime Start, DateTime End, DateTime SubmittedAt, DateTime UpdatedAt, long SortKey, long Version)
{
    public decimal Filled => Children.Sum(c => c.Filled);

    public decimal Fees => Children.Sum(c => c.Fees);

    public decimal AveragePrice => Filled is var filled and > 0m ? Children.Sum(c => c.Filled * c.AveragePrice) / filled : 0m;

    public decimal SlippageBps => AlgoState.SlippageBpsOf(Side.Sign(), Filled, AveragePrice, ArrivalPrice);

    /// <summary>Children placed so far (each decided child is placed as an order).</summary>
    public int SlicesPlaced => Children.Count;

    public bool IsFinished => Status is ParentStatus.Completed or ParentStatus.Expired or ParentStatus.Cancelled;

    public static AlgoRow Submitted(AlgoSubmitted e, long sortKey, long sequenceNr) =>
        new(e.AlgoId, e.Spec.AccountId, e.Spec.InstrumentId, e.Spec.Side, e.Spec.Type, ParentStatus.Working, null, e.Spec.Quantity,
            e.ArrivalPrice, e.Schedule.Count, [], e.Parameters.Start, e.Parameters.End, e.OccurredAt, e.RecordedAt, sortKey, sequenceNr);

    /// <summary>The row after one more of the parent's events; a second submission changes nothing.</summary>
    public AlgoRow Apply(AlgoEvent e, long sequenceNr)
    {
        var next = e switch
        {
            ChildIssued c when c.Child.Number == Children.Count + 1 => this with { Children = Children.Add(AlgoChildFigures.Issued(c.Child.Route?.Venue)) },
            ChildProgressed p when p.Number >= 1 && p.Number <= Children.Count => Progressed(p),
            ChildRefused r when r.Number >= 1 && r.Number <= Children.Count => Refused(r),
            AlgoPaused p when Status == ParentStatus.Working => this with { Status = ParentStatus.Paused, PauseReason = p.Reason },
            AlgoResumed when Status == ParentStatus.Paused => this with { Status = ParentStatus.Working, PauseReason = null },
            AlgoCancelled when !IsFinished => this with { Status = ParentStatus.Cancelled },
            AlgoWindowClosed when !IsFinished => this with { Status = Filled >= Quantity ? ParentStatus.Completed : ParentStatus.Expired },
            _ => this,
        };
        return next with { UpdatedAt = e.RecordedAt > UpdatedAt ? e.RecordedAt : UpdatedAt, Version = sequenceNr };
    }

    private AlgoRow Progressed(ChildProgressed p)
    {
        var updated = this with { Children = Children.SetItem(p.Number - 1, Children[p.Number - 1] with { Filled = p.Filled, AveragePrice = p.AveragePrice, Fees = p.Fees, Open = p.Open }) };
        return updated.Filled >= Quantity && !IsFinished ? updated with { Status = ParentStatus.Completed, PauseReason = null } : updated;
    }

    private AlgoRow Refused(ChildRefused r)
    {
        var refused = this with { Children = Children.SetItem(r.Number - 1, Children[r.Number - 1] with { Open = false }) };
        // A routed parent's refusal re-routes; the pause, once every venue refused, is its own event.
        return IsFinished || refused.Children[r.Number - 1].Venue is not null ? refused : refused with
        {
            Status = ParentStatus.Paused, PauseReason = ParentOrder.RefusalPause(ParentOrder.ChildIdOf(AlgoId.Value, r.Number), r.Reason),
        };
    }
}
