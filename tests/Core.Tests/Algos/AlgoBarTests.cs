using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using static Hive.Core.Tests.Algos.AlgoFixtures;
using static Hive.Core.Tests.Algos.AlgoJournal;

namespace Hive.Core.Tests.Algos;

/// <summary>The cluster's parent order with what it learns from the market: VWAP and implementation shortfall plan with the
/// basis a node learned from its lake, POV decides on the venue's bars (journaled, so replay counts the same volume), limit
/// children are re-priced after a number of bars without ever over-filling.</summary>
public sealed class AlgoBarTests
{
    private static readonly AlgoId Id = new("mk-1");
    private static readonly DateTime End = Start.AddMinutes(60);

    private static AlgoSpec Spec(string type, decimal quantity, params (string, string)[] parameters) =>
        new(type, new AccountId("ACC-1"), Stock.Id, OrderSide.Buy, quantity, Start, End,
            ImmutableSortedDictionary.CreateRange(parameters.Select(p => KeyValuePair.Create(p.Item1, p.Item2))));

    private static AlgoState Replay(IEnumerable<AlgoEvent> journal) => AlgoJournal.Replay(Id, journal);

    private static ObserveAlgoBar Bar(AlgoState state, DateTime now, decimal volume, decimal close = 100m) =>
        new(Id, AlgoClock.ObserveBar(state.Parent!.Parameters, now, Tick, Grace, close, volume));

    private static AdvanceAlgo Clock(AlgoState state, DateTime now, decimal last = 100m) => new(Id, AlgoClock.Observe(state.Parent!.Parameters, now, Tick, Grace, last));

    private static List<Bar> History(int days, Func<int, decimal> volumeAtMinute)
    {
        var bars = new List<Bar>();
        for (var d = days; d >= 1; d--)
            for (var m = 0; m < 60; m++)
                bars.Add(new Bar(Stock.Id, Start.AddDays(-d).AddMinutes(m), BarInterval.OneMinute, 100m, 101m, 99m, 100m + m % 3, volumeAtMinute(m)));
        return bars;
    }

    [Fact]
    public void A_vwap_plans_from_the_basis_a_node_learned_exactly_as_from_the_history_itself()
    {
        var history = History(3, m => m < 30 ? 100m : 300m);
        var parameters = Parse("vwap", 1000m, Start, End);
        var basis = ExecutionPlanner.Learn(parameters, Stock, history, Minute);
        var submit = new SubmitAlgo(Id, Spec("vwap", 1000m), 100m) { Instrument = Stock, Basis = basis };

        var (state, _) = Run(AlgoState.Empty(Id), [], submit, Start.AddSeconds(-1));

        Assert.Equal(VwapSchedule.Build(parameters, Stock, history, Minute), state.Parent!.Schedule);
        Assert.Equal(1000m, state.Parent.Schedule.Sum(s => s.Quantity));
        // The second half hour carried three times the volume of the first in the history: three quarters of the quantity
        // (within the lot the cumulative rounding moves).
        Assert.InRange(state.Parent.Schedule.Where(s => s.Time >= Start.AddMinutes(30)).Sum(s => s.Quantity), 749m, 751m);
    }

    [Fact]
    public void An_implementation_shortfall_plans_the_almgren_chriss_trajectory_from_the_learned_history_front_loaded()
    {
        var history = History(1, _ => 1000m);
        var parameters = Parse("is", 1000m, Start, End, ("slices", "6"), ("risk-aversion", "0.01"), ("impact", "0.01"));
        var basis = ExecutionPlanner.Learn(parameters, Stock, history, Minute);
        var spec = Spec("is", 1000m, ("slices", "6"), ("risk-aversion", "0.01"), ("impact", "0.01"));

        var (state, _) = Run(AlgoState.Empty(Id), [], new SubmitAlgo(Id, spec, 100m) { Instrument = Stock, Basis = basis }, Start.AddSeconds(-1));

        var schedule = state.Parent!.Schedule;
        Assert.Equal(ShortfallSchedule.Build(parameters, Stock, MarketHistory.Learn(history, parameters.Lookback), Minute), schedule);
        Assert.Equal(1000m, schedule.Sum(s => s.Quantity));
        Assert.True(schedule.Zip(schedule.Skip(1)).All(p => p.First.Quantity >= p.Second.Quantity), string.Join(", ", schedule.Select(s => s.Quantity)));
        Assert.True(schedule[0].Quantity > schedule[^1].Quantity);
    }

    [Fact]
    public void A_pov_sends_on_the_venues_bars_only_keeping_participation_of_the_volume_seen_within_the_cap_and_replays_the_same()
    {
        var spec = Spec("pov", 1000m, ("participation", "0.2"), ("max-child-share", "0.25"));
        var (state, journal) = Run(AlgoState.Empty(Id), [], new SubmitAlgo(Id, spec, 100m) { Instrument = Stock }, Start.AddSeconds(-1));
        var now = Start.AddSeconds(1);
        (state, journal) = Run(state, journal, Bar(state, now, 100m), now);
        // A tick between bars sends nothing: it has no volume to cap a child by.
        (state, journal) = Run(state, journal, Clock(state, now.AddSeconds(1)), now.AddSeconds(1));
        Assert.Equal([20m], state.Parent!.Children.Select(c => c.Quantity));

        (state, journal) = Run(state, journal, new RecordChildProgress(Id, 1, 20m, 100m, 0m, false), now.AddSeconds(2));
        (state, journal) = Run(state, journal, new PauseAlgo(Id, "desk"), now.AddSeconds(2));
        (state, journal) = Run(state, journal, Bar(state, now.AddSeconds(3), 300m), now.AddSeconds(3));
        (state, journal) = Run(state, journal, new ResumeAlgo(Id), now.AddSeconds(4));
        (state, journal) = Run(state, journal, Bar(state, now.AddSeconds(5), 100m), now.AddSeconds(5));

        // 0.2 × 500 seen = 100 due, 20 done: 80 wanted, but no child above 0.25 × the bar's 100.
        Assert.Equal([20m, 25m], state.Parent!.Children.Select(c => c.Quantity));
        Assert.Equal(500m, state.Parent.ObservedVolume);
        Assert.Equal(3, journal.OfType<MarketBarObserved>().Count());
        Assert.Equal(Json(state), Json(Replay(journal)));
    }

    [Fact]
    public void A_twap_does_not_journal_the_venues_bars_but_a_limit_placed_one_does()
    {
        var market = Run(AlgoState.Empty(Id), [], new SubmitAlgo(Id, Spec("twap", 100m, ("slices", "1")), 100m) { Instrument = Stock }, Start).State;
        var limit = Run(AlgoState.Empty(Id), [], new SubmitAlgo(Id, Spec("twap", 100m, ("slices", "1"), ("placement", "limit")), 100m) { Instrument = Stock }, Start).State;

        Assert.False(market.ObservesBars);
        Assert.Empty(market.Decide(Bar(market, Start.AddSeconds(1), 100m), Start).Events);
        Assert.True(limit.ObservesBars);
        Assert.IsType<MarketBarObserved>(Assert.Single(limit.Decide(Bar(limit, Start.AddSeconds(1), 100m), Start).Events));
    }

    [Fact]
    public void A_limit_child_resting_its_bars_is_withdrawn_and_only_once_done_its_rest_goes_out_at_the_new_price()
    {
        var spec = Spec("twap", 100m, ("slices", "1"), ("placement", "limit"), ("reprice-bars", "2"));
        var (state, journal) = Run(AlgoState.Empty(Id), [], new SubmitAlgo(Id, spec, 100m) { Instrument = Stock }, Start.AddSeconds(-1));
        (state, journal) = Run(state, journal, Clock(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        Assert.Equal(100m, state.Parent!.Children[0].LimitPrice);

        (state, journal) = Run(state, journal, Bar(state, Start.AddSeconds(2), 1000m, 101m), Start.AddSeconds(2));
        Assert.False(state.Parent!.Children[0].CancelRequested);
        (state, journal) = Run(state, journal, Bar(state, Start.AddSeconds(3), 1000m, 102m), Start.AddSeconds(3));
        Assert.True(state.Parent!.Children[0].CancelRequested);
        // While the withdrawn child may still fill, nothing new goes out.
        (state, journal) = Run(state, journal, Clock(state, Start.AddSeconds(4), 102m), Start.AddSeconds(4));
        Assert.Single(state.Parent!.Children);

        // The cancel lost the race: 30 filled before the venue took it off. Only the other 70 go again, at the new price.
        (state, journal) = Run(state, journal, new RecordChildProgress(Id, 1, 30m, 100m, 0m, false), Start.AddSeconds(5));
        (state, journal) = Run(state, journal, Clock(state, Start.AddSeconds(6), 102m), Start.AddSeconds(6));
        Assert.Equal([(100m, 100m), (70m, 102m)], state.Parent!.Children.Select(c => (c.Quantity, c.LimitPrice!.Value)));
        Assert.True(state.Parent.Committed <= 100m);
        Assert.Equal(Json(state), Json(Replay(journal)));
    }
}
