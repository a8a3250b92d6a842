using System.Collections.Immutable;
using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>
/// A parent order worked by an execution algorithm: pure state, advanced by the market (<see cref="Observe"/>), by what
/// its children report (<see cref="OnChildProgress"/>, <see cref="OnChildRefused"/>) and by its owner
/// (<see cref="Resume"/>, <see cref="Cancel"/>); <see cref="Decide"/> says which children to send or withdraw now.
/// The same code runs in simulations and backtests (through a strategy host) and is what a cluster entity would hold.
/// <para>Never over-fills: a child is at most the quantity not yet filled or still working at a venue
/// (<see cref="Committed"/>), and a withdrawn child counts until its order says it is done. A refused child pauses the
/// parent with the reason; <see cref="Resume"/> carries on, catching up on what the schedule made due meanwhile.
/// Children are sent while the clock is at or before the end; at the first bar closing after it, what still works is
/// withdrawn and the parent ends <see cref="ParentStatus.Completed"/> or <see cref="ParentStatus.Expired"/>.</para>
/// </summary>
public sealed record ParentOrder
{
    public required string Id { get; init; }
    public required ExecutionParameters Parameters { get; init; }
    public required Instrument Instrument { get; init; }
    /// <summary>The planned slices (TWAP, VWAP, implementation shortfall); empty for POV and iceberg, which react to the market.</summary>
    public IReadOnlyList<ScheduledSlice> Schedule { get; init; } = [];
    public ImmutableList<ChildOrder> Children { get; init; } = [];
    public ParentStatus Status { get; init; } = ParentStatus.Working;
    public string? PauseReason { get; init; }
    /// <summary>Market volume of the bars that opened inside the window, seen so far.</summary>
    public decimal ObservedVolume { get; init; }
    public MarketObservation? Last { get; init; }

    public decimal Filled => Children.Sum(c => c.Filled);
    /// <summary>Filled, plus what working children may still fill: never above the quantity.</summary>
    public decimal Committed => Children.Sum(c => c.Filled + c.Outstanding);
    public decimal Remaining => Parameters.Quantity - Filled;
    public decimal AveragePrice => Filled == 0m ? 0m : Children.Sum(c => c.Filled * c.AveragePrice) / Filled;
    public decimal Fees => Children.Sum(c => c.Fees);
    public bool IsFinished => Status is ParentStatus.Completed or ParentStatus.Expired or ParentStatus.Cancelled;

    public string ChildId(int number) => $"{Id}-{number}";

    /// <summary>A completed bar: the clock moves to its close.</summary>
    public ParentOrder Observe(MarketObservation bar)
    {
        var inWindow = bar.OpenTime >= Parameters.Start && bar.OpenTime <= Parameters.End;
        return this with
        {
            Last = bar,
            ObservedVolume = ObservedVolume + (inWindow ? bar.Volume : 0m),
            Children = Children.ConvertAll(c => c.Open ? c with { BarsResting = c.BarsResting + 1 } : c),
        };
    }

    /// <summary>The children to send or withdraw at the current clock. Withdrawals come alone: the host confirms them
    /// (<see cref="OnChildProgress"/>) and asks again, so a re-priced child never overlaps the one it replaces.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Decide()
    {
        if (IsFinished || Last is not { } now) return (this, []);
        if (now.Time > Parameters.End) return Close();
        if (Status == ParentStatus.Paused) return (this, []);

        var stale = Children.Where(c => c.Open && !c.CancelRequested && c.LimitPrice is not null
            && Parameters.Placement == ChildPlacement.Limit && c.BarsResting >= Parameters.RepriceBars).ToList();
        if (stale.Count > 0) return Withdraw(stale);

        var left = Parameters.Quantity - Committed;
        var child = Math.Min(Target(now) - Committed, left);
        if (now.Volume > 0m) child = Math.Min(child, Parameters.MaxChildShare * now.Volume);
        child = Instrument.FloorToLot(child);
        if (child <= 0m || (child < Parameters.SmallestChild(Instrument) && child < left) || !Parameters.Allows(now.LastPrice)) return (this, []);

        var price = Parameters.Placement == ChildPlacement.Limit ? Instrument.RoundToTick(now.LastPrice) : Parameters.Limit;
        var number = Children.Count + 1;
        return (this with { Children = Children.Add(new ChildOrder(number, now.Time, child, price)) }, [new SendChild(number, child, price)]);
    }

    /// <summary>What child <paramref name="number"/>'s order reports: its filled quantity, average price and fees so far,
    /// and whether it still works. Figures only grow, so a stale or repeated report changes nothing.</summary>
    public ParentOrder OnChildProgress(int number, decimal filled, decimal averagePrice, decimal fees, bool open)
    {
        var index = Children.FindIndex(c => c.Number == number);
        if (index < 0) return this;
        var child = Children[index];
        if (filled < child.Filled || filled > child.Quantity || (!child.Open && open)) return this;
        var updated = this with { Children = Children.SetItem(index, child with { Filled = filled, AveragePrice = averagePrice, Fees = fees, Open = open }) };
        return updated.Filled >= Parameters.Quantity && !IsFinished ? updated with { Status = ParentStatus.Completed, PauseReason = null } : updated;
    }

    /// <summary>Child <paramref name="number"/> was refused: the parent pauses with the reason.</summary>
    public ParentOrder OnChildRefused(int number, string reason)
    {
        var index = Children.FindIndex(c => c.Number == number);
        if (index < 0 || !Children[index].Open) return this;
        var refused = this with { Children = Children.SetItem(index, Children[index] with { Open = false, Refusal = reason }) };
        return IsFinished ? refused : refused with { Status = ParentStatus.Paused, PauseReason = $"child {ChildId(number)} refused: {reason}" };
    }

    /// <summary>Carries on after a pause; the schedule's due quantity is sent at the next decision.</summary>
    public ParentOrder Resume() => Status == ParentStatus.Paused ? this with { Status = ParentStatus.Working, PauseReason = null } : this;

    /// <summary>Stops the parent and withdraws its working children.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Cancel()
    {
        if (IsFinished) return (this, []);
        var (withdrawn, actions) = Withdraw(Children.Where(c => c.Open && !c.CancelRequested).ToList());
        return (withdrawn with { Status = ParentStatus.Cancelled }, actions);
    }

    /// <summary>Ends the window: withdraws what still works; completed when everything filled, else expired.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Close()
    {
        if (IsFinished) return (this, []);
        var (withdrawn, actions) = Withdraw(Children.Where(c => c.Open && !c.CancelRequested).ToList());
        return (withdrawn with { Status = Filled >= Parameters.Quantity ? ParentStatus.Completed : ParentStatus.Expired }, actions);
    }

    /// <summary>The quantity that should be filled or working by now (before the caps).</summary>
    private decimal Target(MarketObservation now)
    {
        // A child sent now meets the next bar, so a slice is due once its time falls before that bar's close.
        var horizon = TradingDays.NextBarOpen(Instrument, now.Time, now.Interval) + now.Interval;
        switch (Parameters.Algorithm)
        {
            case ExecutionAlgorithm.Pov:
                if (now.OpenTime < Parameters.Start) return 0m;
                var target = Parameters.Participation * ObservedVolume;
                return Math.Max(target, Committed + Parameters.MinParticipation * now.Volume);
            case ExecutionAlgorithm.Iceberg:
                if (horizon <= Parameters.Start || Children.Any(c => c.Open)) return Committed;
                return Committed + Parameters.Display;
            default:
                var due = 0m;
                foreach (var slice in Schedule)
                    if (slice.Time < horizon) due += slice.Quantity;
                return due;
        }
    }

    private (ParentOrder, IReadOnlyList<ChildAction>) Withdraw(IReadOnlyList<ChildOrder> children)
    {
        if (children.Count == 0) return (this, []);
        var numbers = children.Select(c => c.Number).ToHashSet();
        return (this with { Children = Children.ConvertAll(c => numbers.Contains(c.Number) ? c with { CancelRequested = true } : c) },
            children.Select(c => (ChildAction)new CancelChild(c.Number)).ToList());
    }
}
