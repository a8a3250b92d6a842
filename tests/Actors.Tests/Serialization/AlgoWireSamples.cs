using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Algos.Routing;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Actors.Tests.Serialization;

/// <summary>The algo region's wire types, one each; the state is folded by the pure <see cref="AlgoState"/> itself (a TWAP
/// submitted, two children issued, one filled, one being withdrawn, paused), so its snapshot has the shape real journals hold.</summary>
internal static class AlgoWireSamples
{
    private static readonly DateTime Occurred = new(2026, 11, 26, 0, 30, 1, 123, DateTimeKind.Utc);
    private static readonly DateTime Recorded = Occurred.AddTicks(4567);
    private static readonly AlgoId Aid = new("A-1");
    private static readonly Instrument SpxListing = InstrumentCatalog.Default.All.Single(i => i.Id == new InstrumentId("SIM", "SPX"));

    private static readonly AlgoSpec Spec = new("twap", new AccountId("ACC-1"), SpxListing.Id, OrderSide.Buy, 10m, Occurred, Occurred.AddMinutes(4),
        ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["slices"] = "5", ["limit"] = "4600" }));

    private static readonly ChildOrder Child = new(2, Occurred.AddMinutes(1), 2m, 4600m)
    {
        Filled = 1m, AveragePrice = 4500.25m, Fees = 0.45m, CancelRequested = true, BarsResting = 1, Refusal = "max-open-orders: 3 open",
    };

    public static AlgoState State { get; } = Fold(
        new SubmitAlgo(Aid, Spec, 4500m) { Instrument = SpxListing },
        new AdvanceAlgo(Aid, new MarketObservation(Occurred, TimeSpan.FromSeconds(1), 4500m, 0m)),
        new RecordChildProgress(Aid, 1, 2m, 4500.5m, 0.9m, false),
        new AdvanceAlgo(Aid, new MarketObservation(Occurred.AddMinutes(1), TimeSpan.FromSeconds(1), 4501m, 0m)),
        new PauseAlgo(Aid, "desk review"));

    public static readonly object[] All =
    [
        new SubmitAlgo(Aid, Spec, 4500.25m),
        new ObserveAlgoBar(Aid, new MarketObservation(Occurred, TimeSpan.FromMilliseconds(200), 4501m, 1234m)),
        new PauseAlgo(Aid, "desk review"),
        new ResumeAlgo(Aid),
        new CancelAlgo(Aid, "client asked"),
        new AdvanceAlgo(Aid, new MarketObservation(Occurred, TimeSpan.FromSeconds(1), 4500.25m, 12m)),
        new RecordChildProgress(Aid, 2, 1m, 4500.25m, 0.45m, true),
        new RecordChildRefusal(Aid, 2, "insufficient-buying-power: needs 9000 USD"),
        new GetAlgo(Aid),
        new AlgoSubmitted("A-1:1", Occurred, Recorded, Aid, Spec, State.Parent!.Parameters, SpxListing, 4500.25m, State.Parent.Schedule),
        new ChildIssued("A-1:2", Occurred, Recorded, Aid, Child),
        new ChildrenWithdrawing("A-1:3", Occurred, Recorded, Aid, [2, 3]),
        new ChildProgressed("A-1:4", Occurred, Recorded, Aid, 2, 1m, 4500.25m, 0.45m, true),
        new ChildRefused("A-1:5", Occurred, Recorded, Aid, 2, "insufficient-buying-power: needs 9000 USD"),
        new AlgoPaused("A-1:6", Occurred, Recorded, Aid, "desk review"),
        new AlgoResumed("A-1:7", Occurred, Recorded, Aid),
        new AlgoCancelled("A-1:8", Occurred, Recorded, Aid, "client asked"),
        new AlgoWindowClosed("A-1:9", Occurred, Recorded, Aid),
        new MarketBarObserved("A-1:10", Occurred, Recorded, Aid, new MarketObservation(Occurred, TimeSpan.FromMilliseconds(200), 4501m, 1234m)),
        State,
    ];

    private static readonly Instrument Sim2Listing = InstrumentCatalog.Default.All.Single(i => i.Id == new InstrumentId("SIM2", "SPX"));

    // A venue with a cap (2% of a bar of 10,000) and one whose last bar had no volume (no cap: the largest decimal).
    private static readonly IReadOnlyList<VenueBook> Books =
    [
        VenueBook.AtLastPrice("SIM2", 4500m, 10_000m, new FillModelSettings { Fees = new FeeSchedule(0.0002m, 0.0005m), MaxVolumeShare = 0.02m }, 1m),
        VenueBook.AtLastPrice("SIM", 4500.25m, 0m, new FillModelSettings { Fees = new FeeSchedule(0.0005m, 0.001m, 0.01m) }, 1m),
    ];

    /// <summary>Submits carrying what a node learned from its lake: a VWAP profile, an implementation shortfall's history; a routed
    /// parent's books, listings and routed child.</summary>
    public static readonly object[] EdgeCases =
    [
        new AdvanceAlgo(Aid, new MarketObservation(Occurred, TimeSpan.FromSeconds(1), 4500.25m, 0m)) { Books = Books },
        new ObserveAlgoBar(Aid, new MarketObservation(Occurred, TimeSpan.FromMilliseconds(200), 4501m, 1234m)) { Books = Books },
        new RecordChildRefusal(Aid, 2, "halted: SIM2:SPX") { Books = Books },
        new ChildIssued("A-1:2", Occurred, Recorded, Aid, Child with { Route = new RouteAllocation("SIM2", 2m, 4500m, 4502.25m) }),
        new AlgoSubmitted("A-1:1", Occurred, Recorded, Aid, Spec, State.Parent!.Parameters with { Venues = ["SIM", "SIM2"] }, SpxListing, 4500.25m,
            State.Parent.Schedule) { Listings = [SpxListing, Sim2Listing] },
        new SubmitAlgo(Aid, Spec with { Type = "vwap" }, 4500.25m)
        {
            Basis = new ScheduleBasis(TimeSpan.FromMinutes(1))
            {
                Profile = new VolumeProfile(new Dictionary<TimeSpan, decimal> { [TimeSpan.FromMinutes(870)] = 0.25m, [TimeSpan.FromMinutes(871)] = 0.75m }, 20),
            },
        },
        new SubmitAlgo(Aid, Spec with { Type = "is" }, 4500.25m)
        {
            Basis = new ScheduleBasis(TimeSpan.FromDays(1)) { Market = new MarketHistory(4500.25m, 1_000_000m, 0.0123), WindowShares = [0.5m, 1.5m] },
        },
    ];

    private static AlgoState Fold(params AlgoCommand[] commands)
    {
        var state = AlgoState.Empty(Aid);
        foreach (var command in commands)
        {
            var decision = state.Decide(command, Occurred);
            if (decision.Rejection is { } refused) throw new InvalidOperationException($"sample algo refused {command}: {refused}");
            foreach (var e in decision.Events) state = state.Apply(e);
        }
        return state;
    }
}
