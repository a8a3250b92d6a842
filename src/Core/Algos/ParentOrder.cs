using System.Collections.Immutable;
using Hive.Core.Algos.Routing;
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
/// <para>A routed parent (<see cref="Listings"/>: the <c>venues</c> parameter) splits each child it decides across its venues'
/// books (<see cref="SmartOrderRouter"/>): one child per venue allocation, each venue's cap less what the parent still works
/// there. A venue that refuses a child is dropped until <see cref="Resume"/> and what it refused goes to the others
/// (<see cref="Reroute"/>); the parent pauses only when every venue has refused.</para>
/// </summary>
public sealed record ParentOrder
{
    public required string Id { get; init; }
    public required ExecutionParameters Parameters { get; init; }
    public required Instrument Instrument { get; init; }
    /// <summary>A routed parent's instrument at each of its venues, in the order of <see cref="ExecutionParameters.Venues"/>, as the
    /// catalog listed them when it was submitted; empty: the parent does not route.</summary>
    public IReadOnlyList<Instrument> Listings { get; init; } = [];
    /// <summary>The venues that refused a child since the parent was submitted or last resumed: no longer routed to.</summary>
    public ImmutableSortedSet<string> RefusedVenues { get; init; } = [];
    /// <summary>The planned slices (TWAP, VWAP, implementation shortfall); empty for POV and iceberg, which react to the market.</summary>
    public IReadOnlyList<ScheduledSlice> Schedule { get; init; } = [];
    /// <summary>Every child sent, in order: child n is at index n − 1.</summary>
    public ImmutableList<ChildOrder> Children { get; init; } = [];
    /// <summary>The numbers of the children still working (the only ones a bar or a report can change).</summary>
    public ImmutableSortedSet<int> Open { get; init; } = [];
    public ParentStatus Status { get; init; } = ParentStatus.Working;
    public string? PauseReason { get; init; }
    /// <summary>Market volume of the bars that opened inside the window, seen so far.</summary>
    public decimal ObservedVolume { get; init; }
    public MarketObservation? Last { get; init; }
    /// <summary>How many slices of the schedule are due so far, and their quantity (kept so a bar costs nothing per slice).</summary>
    public int SlicesDue { get; init; }
    public decimal ScheduledDue { get; init; }

    public decimal Filled { get; init; }
    /// <summary>Σ filled × average price over the children.</summary>
    public decimal FilledNotional { get; init; }
    public decimal Fees { get; init; }
    /// <summary>Filled, plus what working children may still fill: never above the quantity.</summary>
    public decimal Committed => Filled + Open.Sum(n => Children[n - 1].Outstanding);
    public decimal Remaining => Parameters.Quantity - Filled;
    public decimal AveragePrice => Filled == 0m ? 0m : FilledNotional / Filled;
    public bool IsFinished => Status is ParentStatus.Completed or ParentStatus.Expired or ParentStatus.Cancelled;
    public bool IsRouted => Listings.Count > 0;

    /// <summary>The listing child <paramref name="child"/> is placed on: its route's venue, else the parent's instrument.</summary>
    public Instrument ListingOf(ChildOrder child) => child.Route is { } route ? Listings.First(l => l.Id.Venue == route.Venue) : Instrument;

    /// <summary>What the parent sent to each of its venues (a routed parent's, in their order; else its instrument's) and got there.</summary>
    public IReadOnlyList<VenueExecution> ByVenue() =>
        (IsRouted ? Listings : [Instrument]).Select(l => VenueExecution.Of(l.Id.Venue, Children.Where(c => ListingOf(c).Id == l.Id).ToList())).ToList();

    public string ChildId(int number) => ChildIdOf(Id, number);

    /// <summary>Child <paramref name="number"/>'s client order id: <c>{parent}-{number}</c>.</summary>
    public static string ChildIdOf(string parentId, int number) => $"{parentId}-{number}";

    /// <summary>A completed bar: the clock moves to its close.</summary>
    public ParentOrder Observe(MarketObservation bar)
    {
        var inWindow = bar.OpenTime >= Parameters.Start && bar.OpenTime <= Parameters.End;
        return this with
        {
            Last = bar,
            ObservedVolume = ObservedVolume + (inWindow ? bar.Volume : 0m),
            Children = Open.Aggregate(Children, (children, n) => children.SetItem(n - 1, children[n - 1] with { BarsResting = children[n - 1].BarsResting + 1 })),
        };
    }

    /// <summary>The clock moves to <paramref name="clock"/>'s close with no bar behind it: a host that decides on a timer
    /// between the bars it observes (the cluster's entity). Nothing is counted: no volume, no bar a child rested.</summary>
    public ParentOrder At(MarketObservation clock) => this with { Last = clock };

    /// <summary>The children to send or withdraw at the current clock. Withdrawals come alone: the host confirms them
    /// (<see cref="OnChildProgress"/>) and asks again, so a re-priced child never overlaps the one it replaces. A routed parent
    /// routes what is due over <paramref name="books"/> (its venues' markets now; none known: nothing is sent yet).</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Decide(IReadOnlyList<VenueBook>? books = null)
    {
        if (IsFinished || Last is not { } now) return (this, []);
        if (now.Time > Parameters.End) return Close();
        if (Status == ParentStatus.Paused) return (this, []);

        var stale = Open.Select(n => Children[n - 1]).Where(c => !c.CancelRequested && c.LimitPrice is not null
            && Parameters.Placement == ChildPlacement.Limit && c.BarsResting >= Parameters.RepriceBars).ToList();
        if (stale.Count > 0) return Withdraw(stale);

        var state = Parameters.Algorithm is ExecutionAlgorithm.Pov or ExecutionAlgorithm.Iceberg ? this : Due(now);
        var committed = state.Committed;
        var left = Parameters.Quantity - committed;
        var child = Math.Min(state.Target(now, committed) - committed, left);
        if (now.Volume > 0m) child = Math.Min(child, Parameters.MaxChildShare * now.Volume);
        child = Instrument.FloorToLot(child);
        if (child <= 0m || (child < Parameters.SmallestChild(Instrument) && child < left)) return (state, []);
        if (IsRouted) return state.Route(child, books ?? []);
        if (!Parameters.Allows(now.LastPrice)) return (state, []);

        var price = Parameters.Placement == ChildPlacement.Limit ? Instrument.RoundToTick(now.LastPrice) : Parameters.Limit;
        var number = Children.Count + 1;
        return (state.Issue(new ChildOrder(number, now.Time, child, price)), [new SendChild(number, child, price)]);
    }

    /// <summary>Records a child as sent (what <see cref="Decide"/> does for each <see cref="SendChild"/>), so a host that
    /// journals its decisions replays them onto the parent exactly.</summary>
    public ParentOrder Issue(ChildOrder child) =>
        child.Number == Children.Count + 1 ? this with { Children = Children.Add(child), Open = Open.Add(child.Number) } : this;

    /// <summary>Marks children as being withdrawn (what a <see cref="CancelChild"/> stands for); they count until done.</summary>
    public ParentOrder Withdrawing(IReadOnlyCollection<int> numbers) =>
        this with { Children = Children.ConvertAll(c => numbers.Contains(c.Number) && c.Open ? c with { CancelRequested = true } : c) };

    /// <summary>Its owner holds the parent: nothing is sent until <see cref="Resume"/>; working children carry on.</summary>
    public ParentOrder Pause(string reason) => Status == ParentStatus.Working ? this with { Status = ParentStatus.Paused, PauseReason = reason } : this;

    /// <summary>What child <paramref name="number"/>'s order reports: its filled quantity, average price and fees so far,
    /// and whether it still works. Figures only grow, so a stale or repeated report changes nothing.</summary>
    public ParentOrder OnChildProgress(int number, decimal filled, decimal averagePrice, decimal fees, bool open)
    {
        if (number < 1 || number > Children.Count) return this;
        var child = Children[number - 1];
        if (filled < child.Filled || filled > child.Quantity || (!child.Open && open)) return this;
        var updated = this with
        {
            Children = Children.SetItem(number - 1, child with { Filled = filled, AveragePrice = averagePrice, Fees = fees, Open = open }),
            Open = open ? Open : Open.Remove(number),
            Filled = Filled - child.Filled + filled,
            FilledNotional = FilledNotional - child.Filled * child.AveragePrice + filled * averagePrice,
            Fees = Fees - child.Fees + fees,
        };
        return updated.Filled >= Parameters.Quantity && !IsFinished ? updated with { Status = ParentStatus.Completed, PauseReason = null } : updated;
    }

    /// <summary>Child <paramref name="number"/> was refused: the parent pauses with the reason; a routed parent leaves the child's
    /// venue out instead (<see cref="RefusedVenues"/>).</summary>
    public ParentOrder OnChildRefused(int number, string reason)
    {
        if (number < 1 || number > Children.Count || !Children[number - 1].Open) return this;
        var refused = this with { Children = Children.SetItem(number - 1, Children[number - 1] with { Open = false, Refusal = reason }), Open = Open.Remove(number) };
        if (IsFinished) return refused;
        // A routed parent carries on at its other venues; its host pauses it once every venue has refused (EveryVenueRefused).
        if (Children[number - 1].Route is { } route) return refused with { RefusedVenues = RefusedVenues.Add(route.Venue) };
        return refused with { Status = ParentStatus.Paused, PauseReason = RefusalPause(ChildId(number), reason) };
    }

    /// <summary>A routed parent none of whose venues will take a child until it is resumed.</summary>
    public bool EveryVenueRefused => IsRouted && Listings.All(l => RefusedVenues.Contains(l.Id.Venue));

    /// <summary>What a venue refused of routed child <paramref name="number"/> (recorded first, <see cref="OnChildRefused"/>) goes to
    /// the venues not refused: <see cref="SmartOrderRouter.Reroute"/> over the plan of the refused child and the parent's open children
    /// at the other venues (which keep their share of those venues' caps), each allocation it moves a new child with the refused one's time.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Reroute(int number, IReadOnlyList<VenueBook> books)
    {
        if (Status != ParentStatus.Working || number < 1 || number > Children.Count
            || Children[number - 1] is not { Route: { } route, Open: false, Refusal: not null } refused || refused.Quantity <= refused.Filled)
            return (this, []);
        var left = refused.Quantity - refused.Filled;
        var working = Open.Select(n => Children[n - 1]).Where(c => c.Route is { } r && r.Venue != route.Venue).Select(c => c.Route! with { Quantity = c.Outstanding }).ToList();
        var plan = new RoutePlan([.. working, route with { Quantity = left }], 0m);
        var rerouted = SmartOrderRouter.Reroute(Parameters.Side, plan, route.Venue, left, Routable(books).ToList());
        // Reroute keeps the plan's allocations at the other venues first, in their order, then appends what it moved.
        return IssueRouted(rerouted.Allocations.Skip(working.Count).ToList(), refused.Time);
    }

    /// <summary>The pause reason a refused child leaves (the read side's parent rows write the same).</summary>
    public static string RefusalPause(string childId, string reason) => $"child {childId} refused: {reason}";

    /// <summary>Carries on after a pause; the schedule's due quantity is sent at the next decision.</summary>
    public ParentOrder Resume() => Status == ParentStatus.Paused ? this with { Status = ParentStatus.Working, PauseReason = null, RefusedVenues = [] } : this;

    /// <summary>Stops the parent and withdraws its working children.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Cancel()
    {
        if (IsFinished) return (this, []);
        var (withdrawn, actions) = Withdraw(Open.Select(n => Children[n - 1]).Where(c => !c.CancelRequested).ToList());
        return (withdrawn with { Status = ParentStatus.Cancelled }, actions);
    }

    /// <summary>Ends the window: withdraws what still works; completed when everything filled, else expired.</summary>
    public (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) Close()
    {
        if (IsFinished) return (this, []);
        var (withdrawn, actions) = Withdraw(Open.Select(n => Children[n - 1]).Where(c => !c.CancelRequested).ToList());
        return (withdrawn with { Status = Filled >= Parameters.Quantity ? ParentStatus.Completed : ParentStatus.Expired }, actions);
    }

    /// <summary>A child sent now meets the next bar, so a slice is due once its time falls before that bar's close.</summary>
    private static DateTime Horizon(Instrument instrument, MarketObservation now) =>
        TradingDays.NextBarOpen(instrument, now.Time, now.Interval) + now.Interval;

    /// <summary>Moves the schedule's cursor over the slices that have become due.</summary>
    private ParentOrder Due(MarketObservation now)
    {
        var horizon = Horizon(Instrument, now);
        var (next, due) = (SlicesDue, ScheduledDue);
        while (next < Schedule.Count && Schedule[next].Time < horizon) due += Schedule[next++].Quantity;
        return next == SlicesDue ? this : this with { SlicesDue = next, ScheduledDue = due };
    }

    /// <summary>The quantity that should be filled or working by now (before the caps).</summary>
    private decimal Target(MarketObservation now, decimal committed) => Parameters.Algorithm switch
    {
        ExecutionAlgorithm.Pov when now.OpenTime < Parameters.Start => 0m,
        ExecutionAlgorithm.Pov => Math.Max(Parameters.Participation * ObservedVolume, committed + Parameters.MinParticipation * now.Volume),
        ExecutionAlgorithm.Iceberg when Horizon(Instrument, now) <= Parameters.Start || !Open.IsEmpty => committed,
        ExecutionAlgorithm.Iceberg => committed + Parameters.Display,
        _ => ScheduledDue,
    };

    /// <summary>Routes <paramref name="quantity"/> over the books of the venues not refused, each cap less what the parent's
    /// children still work there (the venue's cap is shared by all its orders).</summary>
    private (ParentOrder, IReadOnlyList<ChildAction>) Route(decimal quantity, IReadOnlyList<VenueBook> books)
    {
        var usable = Routable(books).Select(b => b with { VolumeCap = Math.Max(0m, b.VolumeCap - Working(b.Venue)) }).ToList();
        return usable.Count == 0 ? (this, []) : IssueRouted(SmartOrderRouter.Route(Parameters.Side, quantity, usable).Allocations, Last!.Value.Time);
    }

    /// <summary>The books of the parent's venues that have not refused and whose prices the limit bound allows.</summary>
    private IEnumerable<VenueBook> Routable(IReadOnlyList<VenueBook> books) =>
        books.Where(b => Listings.Any(l => l.Id.Venue == b.Venue) && !RefusedVenues.Contains(b.Venue) && b.Levels.All(l => Parameters.Allows(l.Price)));

    private decimal Working(string venue) => Open.Select(n => Children[n - 1]).Where(c => c.Route?.Venue == venue).Sum(c => c.Outstanding);

    /// <summary>One child per allocation decided at <paramref name="time"/>, a limit placement at the tick-rounded price of its venue.</summary>
    private (ParentOrder, IReadOnlyList<ChildAction>) IssueRouted(IReadOnlyList<RouteAllocation> allocations, DateTime time)
    {
        var (parent, actions) = (this, new List<ChildAction>());
        foreach (var allocation in allocations)
        {
            var listing = Listings.First(l => l.Id.Venue == allocation.Venue);
            var price = Parameters.Placement == ChildPlacement.Limit ? listing.RoundToTick(allocation.Price) : Parameters.Limit;
            var number = parent.Children.Count + 1;
            parent = parent.Issue(new ChildOrder(number, time, allocation.Quantity, price) { Route = allocation });
            actions.Add(new SendChild(number, allocation.Quantity, price));
        }
        return (parent, actions);
    }

    private (ParentOrder, IReadOnlyList<ChildAction>) Withdraw(IReadOnlyList<ChildOrder> children)
    {
        if (children.Count == 0) return (this, []);
        return (Withdrawing(children.Select(c => c.Number).ToHashSet()), children.Select(c => (ChildAction)new CancelChild(c.Number)).ToList());
    }
}
