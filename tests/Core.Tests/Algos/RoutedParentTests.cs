using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Algos.Routing;
using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Orders;
using Hive.Core.Venues;
using static Hive.Core.Tests.Algos.AlgoFixtures;
using static Hive.Core.Tests.Algos.AlgoJournal;

namespace Hive.Core.Tests.Algos;

/// <summary>A cluster parent that routes across venues (<c>venues=SIM,SIM2</c>): each child split by price after fees within
/// each venue's cap, one journaled child per allocation, a refusal re-routed, totals exact, replay and recovery without a
/// duplicate child, bad venue lists refused with the field named.</summary>
public sealed class RoutedParentTests
{
    private static readonly AlgoId Id = new("route-1");
    internal static readonly InstrumentCatalog Catalog = new InstrumentCatalog([
        Stock, Instrument.Stock("SIM2", "AAA"), Instrument.Crypto("SIMX", "BTC", "USDT"),
    ]).WithMirror(new InstrumentId("SIM2", "AAA"), Stock.Id);

    // SIM: taker 10 bps, the whole bar; SIM2: taker 5 bps, 2% of the bar. At 100 with 10,000 traded: SIM 100.1 after fees
    // up to 10,000, SIM2 100.05 after fees up to 200.
    private static readonly FillModelSettings SimFills = new() { Fees = new FeeSchedule(0.0005m, 0.001m) };
    private static readonly FillModelSettings Sim2Fills = new() { Fees = new FeeSchedule(0.0002m, 0.0005m), MaxVolumeShare = 0.02m };

    internal static IReadOnlyList<VenueBook> Books(decimal simPrice = 100m, decimal sim2Price = 100m) =>
    [
        VenueBook.AtLastPrice("SIM", simPrice, 10_000m, SimFills, 1m),
        VenueBook.AtLastPrice("SIM2", sim2Price, 10_000m, Sim2Fills, 1m),
    ];

    private static AlgoSpec Spec(string venues = "SIM,SIM2", decimal quantity = 1500m, OrderSide side = OrderSide.Buy) =>
        new("twap", new AccountId("ACC-1"), Stock.Id, side, quantity, Start, Start.AddMinutes(60),
            ImmutableSortedDictionary.CreateRange([KeyValuePair.Create("slices", "5"), KeyValuePair.Create("venues", venues)]));

    private static SubmitAlgo Submit(AlgoSpec spec) => new(Id, spec, 100m) { Instrument = Stock, Catalog = Catalog };

    private static AdvanceAlgo At(AlgoState state, DateTime now, IReadOnlyList<VenueBook> books) =>
        new(Id, AlgoClock.Observe(state.Parent!.Parameters, now, Tick, Grace, 100m)) { Books = books };

    private static (AlgoState, List<AlgoEvent>) Submitted(AlgoSpec? spec = null) => Run(AlgoState.Empty(Id), [], Submit(spec ?? Spec()), Start.AddSeconds(-1));

    /// <summary>Fills every open child in full at 100, with its venue's taker fee.</summary>
    private static (AlgoState, List<AlgoEvent>) FillOpen(AlgoState state, List<AlgoEvent> journal, DateTime now)
    {
        foreach (var n in state.Parent!.Open.ToList())
        {
            var child = state.Parent!.Children[n - 1];
            var fee = (child.Route!.Venue == "SIM" ? SimFills : Sim2Fills).Fees.FeeFor(LiquiditySide.Taker, child.Quantity, 100m);
            (state, journal) = Run(state, journal, new RecordChildProgress(Id, n, child.Quantity, 100m, fee, false), now);
        }
        return (state, journal);
    }

    private static IEnumerable<(string Venue, decimal Quantity)> Legs(ParentOrder parent) => parent.Children.Select(c => (c.Route!.Venue, c.Quantity));

    [Fact]
    public void A_routed_twap_splits_each_slice_by_price_after_fees_within_the_cap_and_counts_every_venue_once()
    {
        var (state, journal) = Submitted();
        // Every 30 s from a second past the start: the last slice's tick falls inside the window's grace.
        for (var now = Start.AddSeconds(1); now <= Start.AddMinutes(61); now += TimeSpan.FromSeconds(30))
        {
            (state, journal) = Run(state, journal, At(state, now, Books()), now);
            (state, journal) = FillOpen(state, journal, now);
        }

        var parent = state.Parent!;
        // Each slice of 300: SIM2 is cheaper after fees but takes 200 (2% of 10,000); SIM takes the other 100.
        Assert.Equal(Enumerable.Repeat<(string, decimal)>(("SIM2", 200m), 5).Zip(Enumerable.Repeat<(string, decimal)>(("SIM", 100m), 5))
            .SelectMany(p => new[] { p.First, p.Second }), Legs(parent));
        Assert.Equal([100.05m, 100.1m], parent.Children.Take(2).Select(c => c.Route!.EffectivePrice));
        Assert.Equal((ParentStatus.Completed, 1500m, 100m, 20m * 5), (parent.Status, parent.Filled, parent.AveragePrice, parent.Fees));
        Assert.Equal([
            new VenueExecution("SIM", 5, 500m, 500m, 100m, 50m, 0m),
            new VenueExecution("SIM2", 5, 1000m, 1000m, 100m, 50m, 0m),
        ], parent.ByVenue());
        Assert.Equal(["SIM:AAA", "SIM2:AAA"], parent.Listings.Select(l => l.Id.ToString()));
        Assert.Equal(Json(state), Json(Replay(Id, journal)));
    }

    [Fact]
    public void A_venues_cap_counts_what_the_parent_still_works_there()
    {
        var (state, journal) = Submitted();
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1), Books()), Start.AddSeconds(1));
        // Only SIM's child fills; SIM2's 200 still works when the second slice is due, so SIM2 has no cap left for it.
        (state, journal) = Run(state, journal, new RecordChildProgress(Id, 2, 100m, 100m, 0.1m, false), Start.AddSeconds(2));
        (state, _) = Run(state, journal, At(state, Start.AddMinutes(15).AddSeconds(1), Books()), Start.AddMinutes(15).AddSeconds(1));

        Assert.Equal([("SIM2", 200m), ("SIM", 100m), ("SIM", 300m)], Legs(state.Parent!));
        Assert.Equal(600m, state.Parent!.Committed);
    }

    [Fact]
    public void A_cheaper_quote_wins_over_lower_fees()
    {
        var (state, _) = Submitted();
        (state, _) = Run(state, [], At(state, Start.AddSeconds(1), Books(simPrice: 99.9m)), Start.AddSeconds(1));

        // SIM at 99.9 costs 99.9999 after its 10 bps; SIM2 at 100 costs 100.05: all 300 go to SIM.
        Assert.Equal([("SIM", 300m)], Legs(state.Parent!));
    }

    [Fact]
    public void What_a_venue_refuses_is_rerouted_to_the_others_at_once_and_the_parent_pauses_only_when_every_venue_refused()
    {
        var (state, journal) = Submitted();
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1), Books()), Start.AddSeconds(1));

        var refusal = state.Decide(new RecordChildRefusal(Id, 1, "halted") { Books = Books() }, Start.AddSeconds(2));
        (state, journal) = Run(state, journal, new RecordChildRefusal(Id, 1, "halted") { Books = Books() }, Start.AddSeconds(2));

        // The refusal and the re-routed child are journaled together: SIM takes SIM2's 200 on top of the 100 it works.
        Assert.Equal([typeof(ChildRefused), typeof(ChildIssued)], refusal.Events.Select(e => e.GetType()));
        Assert.Equal([("SIM2", 200m), ("SIM", 100m), ("SIM", 200m)], Legs(state.Parent!));
        Assert.Equal((ParentStatus.Working, 300m), (state.Parent!.Status, state.Parent.Committed));
        Assert.Equal(["SIM2"], state.Parent.RefusedVenues);
        Assert.Equal(new VenueExecution("SIM2", 1, 0m, 0m, 0m, 0m, 200m), state.Parent.ByVenue().Single(v => v.Venue == "SIM2"));

        // SIM2 is left out of the next slice; then SIM refuses too, and with no venue left the parent pauses with the reason.
        (state, journal) = FillOpen(state, journal, Start.AddSeconds(3));
        (state, journal) = Run(state, journal, At(state, Start.AddMinutes(15).AddSeconds(1), Books()), Start.AddMinutes(15).AddSeconds(1));
        Assert.Equal(("SIM", 300m), Legs(state.Parent!).Last());
        (state, journal) = Run(state, journal, new RecordChildRefusal(Id, 4, "insufficient-funds") { Books = Books() }, Start.AddMinutes(15).AddSeconds(2));
        Assert.Equal((ParentStatus.Paused, "child route-1-4 refused: insufficient-funds"), (state.Parent!.Status, state.Parent.PauseReason));

        // Resumed, both venues are routed to again: the slice's 300 goes out as 200 at SIM2 and 100 at SIM.
        (state, journal) = Run(state, journal, new ResumeAlgo(Id), Start.AddMinutes(15).AddSeconds(3));
        (state, journal) = Run(state, journal, At(state, Start.AddMinutes(15).AddSeconds(4), Books()), Start.AddMinutes(15).AddSeconds(4));
        Assert.Equal([("SIM2", 200m), ("SIM", 100m)], Legs(state.Parent!).TakeLast(2));
        Assert.Equal(Json(state), Json(Replay(Id, journal)));
    }

    [Fact]
    public void Under_random_partial_fills_and_refusals_the_parent_never_commits_past_its_quantity_and_its_total_is_its_childrens()
    {
        var random = new Random(7);
        var (state, journal) = Submitted(Spec(quantity: 3000m));
        for (var now = Start; now <= Start.AddMinutes(61); now += TimeSpan.FromSeconds(20))
        {
            (state, journal) = Run(state, journal, At(state, now, Books(100m + random.Next(-3, 4) * 0.01m, 100m)), now);
            foreach (var n in state.Parent!.Open.ToList())
            {
                var child = state.Parent!.Children[n - 1];
                var roll = random.NextDouble();
                if (roll < 0.05)
                    (state, journal) = Run(state, journal, new RecordChildRefusal(Id, n, "halted") { Books = Books() }, now);
                else if (roll < 0.7)
                {
                    var filled = Math.Min(child.Quantity, child.Filled + random.Next(1, 150));
                    (state, journal) = Run(state, journal, new RecordChildProgress(Id, n, filled, 100m, 0m, filled < child.Quantity), now);
                }
                Assert.True(state.Parent!.Committed <= 3000m, $"committed {state.Parent.Committed} at {now:T}");
            }
            if (state.Parent!.Status == ParentStatus.Paused) (state, journal) = Run(state, journal, new ResumeAlgo(Id), now);
        }

        var parent = state.Parent!;
        Assert.True(parent.Filled <= 3000m);
        Assert.Equal(parent.Children.Sum(c => c.Filled), parent.Filled);
        Assert.Equal(parent.Filled, parent.ByVenue().Sum(v => v.Filled));
        Assert.Contains(parent.Children, c => c.Refusal is not null);
        Assert.Equal(Json(state), Json(Replay(Id, journal)));
    }

    [Fact]
    public void A_parent_recovered_from_its_journal_places_the_same_children_and_no_second_one_for_a_slice()
    {
        var (state, journal) = Submitted();
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1), Books()), Start.AddSeconds(1));

        // The node dies with both of the first slice's children journaled but not heard from; another node replays the journal.
        var recovered = Replay(Id, journal);
        Assert.Equal([1, 2], recovered.Parent!.Open);
        Assert.Empty(recovered.Decide(At(recovered, Start.AddSeconds(2), Books()), Start.AddSeconds(2)).Events);

        // It carries on exactly as the parent that did not die.
        var (live, liveJournal) = (state, journal.ToList());
        var (resumed, resumedJournal) = (recovered, journal.ToList());
        for (var now = Start.AddSeconds(2); now <= Start.AddMinutes(61); now += TimeSpan.FromSeconds(30))
        {
            (live, liveJournal) = Run(live, liveJournal, At(live, now, Books()), now);
            (live, liveJournal) = FillOpen(live, liveJournal, now);
            (resumed, resumedJournal) = Run(resumed, resumedJournal, At(resumed, now, Books()), now);
            (resumed, resumedJournal) = FillOpen(resumed, resumedJournal, now);
        }
        Assert.Equal(10, resumed.Parent!.Children.Count);
        Assert.Equal(Json(live), Json(resumed));
    }

    [Fact]
    public void A_routed_parent_with_no_book_known_yet_waits_and_sends_nothing()
    {
        var (state, _) = Submitted();

        Assert.Empty(state.Decide(At(state, Start.AddSeconds(1), []), Start.AddSeconds(1)).Events);
    }

    [Theory]
    [InlineData("SIM,NOPE", "parameter venues: venue NOPE is unknown; the venues are SIM, SIM2, SIMX")]
    [InlineData("SIM,SIMX", "parameter venues: venue SIMX does not list AAA")]
    [InlineData("SIM,sim", "parameter venues names SIM more than once")]
    [InlineData("SIM,,SIM2", "parameter venues has an empty venue name")]
    public void A_bad_venue_list_is_refused_naming_the_field(string venues, string expected)
    {
        var decision = AlgoState.Empty(Id).Decide(Submit(Spec(venues)), Start.AddSeconds(-1));

        Assert.Equal("invalid-parameter", decision.Rejection!.Code);
        Assert.Contains(expected, decision.Rejection.Message);
    }

    [Fact]
    public void The_execution_simulator_refuses_a_parent_that_asks_to_route()
    {
        var feed = Minutes(Stock, Start.AddMinutes(-5), 70, _ => 100, _ => 10_000);

        var e = Assert.Throws<ArgumentException>(() => ExecutionSimulator.Run("twap", OrderSide.Buy, 100m, Start, Start.AddMinutes(60),
            new Dictionary<string, string> { ["venues"] = "SIM,SIM2" }, feed, BacktestSettings.Default));
        Assert.Contains("parameter venues", e.Message);
    }

    [Fact]
    public void A_mirrored_listing_is_named_by_its_source_and_a_chain_of_mirrors_is_refused()
    {
        Assert.Equal([new InstrumentId("SIM2", "AAA")], Catalog.MirrorsOf(Stock.Id));
        Assert.Empty(Catalog.MirrorsOf(new InstrumentId("SIM2", "AAA")));
        Assert.Equal(Stock.Id, Catalog.SourceOf(new InstrumentId("SIM2", "AAA")));
        Assert.Null(Catalog.SourceOf(Stock.Id));
        Assert.Throws<ArgumentException>(() => Catalog.WithMirror(new InstrumentId("SIMX", "BTC-USDT"), new InstrumentId("SIM2", "AAA")));
        Assert.Throws<ArgumentException>(() => Catalog.WithMirror(new InstrumentId("SIM", "NOPE"), Stock.Id));
    }
}
