using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Algos.Routing;
using Hive.Core.Instruments;

namespace Hive.Core.Algos.Instances;

/// <summary>
/// A parent order in the cluster: the client's spec, the arrival price and the <see cref="ParentOrder"/> that works it.
/// Every event is one of the parent's own transitions (issue a child, withdraw, a child's progress or refusal, pause,
/// resume, cancel, close, a venue bar observed), so recovery replays the code the live entity ran. The clock's ticks are
/// not journaled (a tick that decides nothing writes nothing): each tick observes afresh, and the schedule's due quantity is
/// cumulative, so nothing due is lost. The venue's bars are journaled for the parents that count them (<see cref="ObservesBars"/>):
/// POV decides on them, and a limit child is re-priced after a number of them. Bounded: one entry per child.
/// </summary>
public sealed record AlgoState(AlgoId AlgoId, long Version, AlgoSpec? Spec, ParentOrder? Parent, decimal ArrivalPrice, DateTime? SubmittedAt)
    : IAggregate<AlgoState, AlgoCommand, AlgoEvent>, IEntityState
{
    public static AlgoState Empty(AlgoId id) => new(id, 0, null, null, 0m, null);

    /// <summary>Whether the venue's bars change the parent: POV's volume since start, limit children's bars resting.</summary>
    public bool ObservesBars => Parent is { IsFinished: false } p && (p.Parameters.Algorithm == ExecutionAlgorithm.Pov || p.Parameters.Placement == ChildPlacement.Limit);

    /// <summary>Finished with no child still working: nothing depends on it staying in memory.</summary>
    public bool CanPassivate => Parent is null || (Parent.IsFinished && Parent.Open.IsEmpty);

    /// <summary>What the fills cost against the arrival price, in basis points, positive when it cost the trader; 0 before any fill.</summary>
    public decimal SlippageBps => Parent is { } p ? SlippageBpsOf(p.Parameters.Sign, p.Filled, p.AveragePrice, ArrivalPrice) : 0m;

    /// <summary><see cref="SlippageBps"/> from a parent's figures (the read side's parent rows compute it so).</summary>
    public static decimal SlippageBpsOf(int sign, decimal filled, decimal averagePrice, decimal arrivalPrice) => filled > 0m && arrivalPrice > 0m
        ? Math.Round(sign * (averagePrice - arrivalPrice) / arrivalPrice * 10_000m, 4)
        : 0m;

    public Decision<AlgoEvent> Decide(AlgoCommand command, DateTime utcNow)
    {
        if (command.AlgoId != AlgoId)
            return Decision<AlgoEvent>.Reject("wrong-entity", $"command for algo {command.AlgoId} reached algo {AlgoId}");
        var id = $"{AlgoId}:{Version + 1}";
        if (command is SubmitAlgo submit) return Submit(submit, id, utcNow);
        if (Parent is not { } parent) return Decision<AlgoEvent>.Reject("not-found", $"algo '{AlgoId}' does not exist");
        return command switch
        {
            PauseAlgo when parent.IsFinished => Finished(parent, "paused"),
            PauseAlgo when parent.Status == ParentStatus.Paused => Decision<AlgoEvent>.AlreadyApplied,
            PauseAlgo p => Decision<AlgoEvent>.Accept(new AlgoPaused(id, utcNow, utcNow, AlgoId, p.Reason)),
            ResumeAlgo when parent.IsFinished => Finished(parent, "resumed"),
            ResumeAlgo when parent.Status != ParentStatus.Paused => Decision<AlgoEvent>.AlreadyApplied,
            ResumeAlgo => Decision<AlgoEvent>.Accept(new AlgoResumed(id, utcNow, utcNow, AlgoId)),
            CancelAlgo when parent.IsFinished => Decision<AlgoEvent>.AlreadyApplied,
            CancelAlgo c => Decision<AlgoEvent>.Accept(new AlgoCancelled(id, utcNow, utcNow, AlgoId, c.Reason)),
            AdvanceAlgo a => Advance(parent, a.Observation, a.Books, bar: false, utcNow),
            ObserveAlgoBar when !ObservesBars => Decision<AlgoEvent>.AlreadyApplied,
            ObserveAlgoBar o => Advance(parent, o.Bar, o.Books, bar: true, utcNow),
            RecordChildProgress p when Unchanged(parent, parent.OnChildProgress(p.Number, p.Filled, p.AveragePrice, p.Fees, p.Open), p.Number) =>
                Decision<AlgoEvent>.AlreadyApplied,
            RecordChildProgress p => Decision<AlgoEvent>.Accept(new ChildProgressed(id, utcNow, utcNow, AlgoId, p.Number, p.Filled, p.AveragePrice, p.Fees, p.Open)),
            RecordChildRefusal r when Unchanged(parent, parent.OnChildRefused(r.Number, r.Reason), r.Number) => Decision<AlgoEvent>.AlreadyApplied,
            RecordChildRefusal r => Refuse(parent, r, utcNow),
            _ => Decision<AlgoEvent>.Reject("unknown-command", $"algo cannot handle {command.GetType().Name}"),
        };
    }

    public AlgoState Apply(AlgoEvent @event) => @event switch
    {
        AlgoSubmitted s => this with
        {
            Version = Version + 1, Spec = s.Spec, ArrivalPrice = s.ArrivalPrice, SubmittedAt = s.OccurredAt,
            Parent = new ParentOrder { Id = AlgoId.Value, Parameters = s.Parameters, Instrument = s.Instrument, Listings = s.Listings, Schedule = s.Schedule },
        },
        ChildIssued c => Next(Parent!.Issue(c.Child)),
        MarketBarObserved b => Next(Parent!.Observe(b.Bar)),
        ChildrenWithdrawing w => Next(Parent!.Withdrawing(w.Numbers)),
        ChildProgressed p => Next(Parent!.OnChildProgress(p.Number, p.Filled, p.AveragePrice, p.Fees, p.Open)),
        ChildRefused r => Next(Parent!.OnChildRefused(r.Number, r.Reason)),
        AlgoPaused p => Next(Parent!.Pause(p.Reason)),
        AlgoResumed => Next(Parent!.Resume()),
        AlgoCancelled => Next(Parent!.Cancel().Parent),
        AlgoWindowClosed => Next(Parent!.Close().Parent),
        _ => throw new InvalidOperationException($"algo cannot apply {@event.GetType().Name}"),
    };

    private AlgoState Next(ParentOrder parent) => this with { Version = Version + 1, Parent = parent };

    private Decision<AlgoEvent> Submit(SubmitAlgo submit, string id, DateTime utcNow)
    {
        if (Spec is { } existing)
            return existing.SameAs(submit.Spec)
                ? Decision<AlgoEvent>.AlreadyApplied
                : Decision<AlgoEvent>.Reject("duplicate-algo-id", $"algo '{AlgoId}' already exists with other parameters; it is left as it is (use another algo id)");
        var spec = submit.Spec;
        if (submit.Instrument is not { } instrument)
            return Decision<AlgoEvent>.Reject("unknown-instrument", $"instrument {spec.InstrumentId} is not listed on this node");
        if (submit.ArrivalPrice <= 0m)
            return Decision<AlgoEvent>.Reject("no-market-price", $"instrument {spec.InstrumentId} has no last price yet, so the parent has no arrival price");
        ParentOrder planned;
        IReadOnlyList<Instrument> listings;
        try
        {
            var parameters = ExecutionCatalog.Parse(spec.Type, spec.Side, spec.Quantity, spec.Start ?? utcNow, spec.End, spec.Parameters, instrument);
            if (parameters.End <= utcNow) return Decision<AlgoEvent>.Reject("invalid-parameter", $"end {parameters.End:O} has passed");
            listings = Listings(parameters, instrument, submit.Catalog);
            planned = ExecutionPlanner.Plan(AlgoId.Value, parameters, instrument, submit.ArrivalPrice, submit.Basis ?? ScheduleBasis.None);
        }
        catch (ArgumentException e)
        {
            return Decision<AlgoEvent>.Reject("invalid-parameter", e.Message);
        }
        return Decision<AlgoEvent>.Accept(new AlgoSubmitted(id, utcNow, utcNow, AlgoId, spec, planned.Parameters, instrument, submit.ArrivalPrice, planned.Schedule)
        {
            Listings = listings,
        });
    }

    /// <summary>The listings of a routed parent's venues in the node's catalog (none when it does not route).</summary>
    private static IReadOnlyList<Instrument> Listings(ExecutionParameters parameters, Instrument instrument, InstrumentCatalog? catalog)
    {
        if (parameters.Venues.Count == 0) return [];
        try
        {
            return (catalog ?? new InstrumentCatalog([instrument])).ListingsOf(instrument.Id.Symbol, parameters.Venues);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"parameter venues: {e.Message}");
        }
    }

    /// <summary>A child refused: recorded, and for a routed parent what its venue refused is routed to the others at once, the new
    /// children journaled with the refusal (so a parent recovered elsewhere places the same ones); once every venue has refused,
    /// the parent pauses with the reason (<see cref="AlgoPaused"/>).</summary>
    private Decision<AlgoEvent> Refuse(ParentOrder parent, RecordChildRefusal refusal, DateTime utcNow)
    {
        var refused = parent.OnChildRefused(refusal.Number, refusal.Reason);
        var (rerouted, actions) = refused.Reroute(refusal.Number, refusal.Books);
        var events = new List<AlgoEvent> { new ChildRefused($"{AlgoId}:{Version + 1}", utcNow, utcNow, AlgoId, refusal.Number, refusal.Reason) };
        string NextId() => $"{AlgoId}:{Version + events.Count + 1}";
        foreach (var send in actions.OfType<SendChild>())
            events.Add(new ChildIssued(NextId(), utcNow, utcNow, AlgoId, rerouted.Children[send.Number - 1]));
        if (rerouted.EveryVenueRefused && rerouted.Status == ParentStatus.Working)
            events.Add(new AlgoPaused(NextId(), utcNow, utcNow, AlgoId, ParentOrder.RefusalPause(parent.ChildId(refusal.Number), refusal.Reason)));
        return Decision<AlgoEvent>.Accept(events);
    }

    /// <summary>A tick (the clock only) or a venue bar: the parent observes it and decides; only the bar and what it decided are
    /// journaled. POV sends on bars alone: a tick has no volume, so a child sent on one would escape the cap of a bar's volume
    /// and the minimum participation, which count once per bar. Other parents send on ticks, on the schedule's clock; a bar
    /// only withdraws their limit children that have rested long enough.</summary>
    private Decision<AlgoEvent> Advance(ParentOrder parent, MarketObservation now, IReadOnlyList<VenueBook> books, bool bar, DateTime utcNow)
    {
        if (parent.IsFinished) return Decision<AlgoEvent>.AlreadyApplied;
        var events = new List<AlgoEvent>();
        string NextId() => $"{AlgoId}:{Version + events.Count + 1}";
        if (bar) events.Add(new MarketBarObserved(NextId(), utcNow, utcNow, AlgoId, now));
        var (decided, actions) = (bar ? parent.Observe(now) : parent.At(now)).Decide(books);
        var sends = bar == (parent.Parameters.Algorithm == ExecutionAlgorithm.Pov);
        var withdrawn = actions.OfType<CancelChild>().Select(c => c.Number).ToList();
        if (decided.IsFinished) events.Add(new AlgoWindowClosed(NextId(), utcNow, utcNow, AlgoId));
        else if (withdrawn.Count > 0) events.Add(new ChildrenWithdrawing(NextId(), utcNow, utcNow, AlgoId, withdrawn));
        else if (sends)
            foreach (var send in actions.OfType<SendChild>())
                events.Add(new ChildIssued(NextId(), utcNow, utcNow, AlgoId, decided.Children[send.Number - 1]));
        return events.Count == 0 ? Decision<AlgoEvent>.AlreadyApplied : Decision<AlgoEvent>.Accept(events);
    }

    /// <summary>Whether a child's report changed nothing (a repeat, a stale report, a child the parent does not have): then nothing is journaled.</summary>
    private static bool Unchanged(ParentOrder before, ParentOrder after, int number) =>
        ReferenceEquals(before, after) || (number >= 1 && number <= before.Children.Count && before.Children[number - 1] == after.Children[number - 1]);

    private static Decision<AlgoEvent> Finished(ParentOrder parent, string verb) =>
        Decision<AlgoEvent>.Reject("algo-finished", $"algo '{parent.Id}' is {parent.Status.ToString().ToLowerInvariant()}, so it cannot be {verb}");
}
