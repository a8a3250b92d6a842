using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Orders;
using static Hive.Core.Tests.Algos.AlgoFixtures;
using static Hive.Core.Tests.Algos.AlgoJournal;

namespace Hive.Core.Tests.Algos;

/// <summary>The cluster's parent order as pure state: every transition is a journaled fact, replay equals the live fold, the
/// node's clock drives the schedule.</summary>
public sealed class AlgoStateTests
{
    private static readonly AlgoId Id = new("tw-1");

    private static AlgoSpec Spec(decimal quantity = 1000m, string type = "twap", params (string, string)[] parameters) =>
        new(type, new AccountId("ACC-1"), Stock.Id, OrderSide.Buy, quantity, Start, Start.AddMinutes(60),
            ImmutableSortedDictionary.CreateRange(parameters.Length == 0 ? [new("slices", "5")] : parameters.Select(p => KeyValuePair.Create(p.Item1, p.Item2))));

    private static SubmitAlgo Submit(AlgoSpec spec) => new(Id, spec, 100m) { Instrument = Stock };

    private static AlgoState Replay(IEnumerable<AlgoEvent> journal) => AlgoJournal.Replay(Id, journal);

    private static AdvanceAlgo At(AlgoState state, DateTime now) => new(Id, AlgoClock.Observe(state.Parent!.Parameters, now, Tick, Grace, 100m));

    [Fact]
    public void A_twap_on_the_clock_sends_each_slice_at_the_first_tick_after_its_time_and_replays_to_the_same_state()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start.AddSeconds(-1));
        for (var now = Start.AddSeconds(-1); now <= Start.AddMinutes(61); now += TimeSpan.FromSeconds(1))
        {
            (state, journal) = Run(state, journal, At(state, now), now);
            foreach (var n in state.Parent!.Open.ToList())
                (state, journal) = Run(state, journal, new RecordChildProgress(Id, n, state.Parent!.Children[n - 1].Quantity, 101m, 0.1m, false), now);
        }

        var parent = state.Parent!;
        Assert.Equal([200m, 200m, 200m, 200m, 200m], parent.Children.Select(c => c.Quantity));
        // Each child goes at the first tick (every second here) after its slice's time, never before it.
        Assert.Equal([1d, 901d, 1801d, 2701d, 3601d], journal.OfType<ChildIssued>().Select(c => (c.OccurredAt - Start).TotalSeconds));
        Assert.Equal((ParentStatus.Completed, 1000m, 101m), (parent.Status, parent.Filled, parent.AveragePrice));
        Assert.Equal(100m, state.SlippageBps);
        Assert.Equal(Json(state), Json(Replay(journal)));
    }

    [Fact]
    public void A_repeated_or_stale_child_report_is_counted_once()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start);
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        (state, journal) = Run(state, journal, new RecordChildProgress(Id, 1, 150m, 100m, 0.1m, true), Start.AddSeconds(2));

        Assert.Empty(state.Decide(new RecordChildProgress(Id, 1, 150m, 100m, 0.1m, true), Start).Events);
        Assert.Empty(state.Decide(new RecordChildProgress(Id, 1, 100m, 100m, 0.1m, true), Start).Events);
        Assert.Empty(state.Decide(new RecordChildProgress(Id, 1, 250m, 100m, 0.1m, true), Start).Events);
        Assert.Equal(150m, state.Parent!.Filled);
    }

    [Fact]
    public void The_same_algo_id_with_the_same_spec_is_a_repeat_and_with_another_is_refused_leaving_the_original()
    {
        var (state, _) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start);

        Assert.Equal(Decision<AlgoEvent>.AlreadyApplied, state.Decide(Submit(Spec()), Start.AddSeconds(5)));
        var other = state.Decide(Submit(Spec(quantity: 2000m)), Start);
        Assert.Equal("duplicate-algo-id", other.Rejection!.Code);
        Assert.Equal(1000m, state.Parent!.Parameters.Quantity);
    }

    [Theory]
    [InlineData("twap", "slices", "0", "slices")]
    [InlineData("twap", "speed", "1", "speed")]
    [InlineData("vwap", "lookback", "0", "lookback")]
    [InlineData("vwap", "lookback", "20", "vwap needs bars with volume before start")]
    [InlineData("is", "risk-aversion", "-1", "risk-aversion")]
    [InlineData("is", "lookback", "10", "implementation shortfall needs bars before start")]
    [InlineData("pov", "participation", "1.5", "participation")]
    [InlineData("twap", "placement", "pegged", "placement")]
    [InlineData("warp", "slices", "5", "unknown algorithm 'warp'")]
    public void Bad_input_is_refused_with_the_field_named(string type, string name, string value, string named)
    {
        var refused = AlgoState.Empty(Id).Decide(Submit(Spec(type: type, parameters: (name, value))), Start).Rejection;

        Assert.Equal("invalid-parameter", refused!.Code);
        Assert.Contains(named, refused.Message);
    }

    [Fact]
    public void A_zero_quantity_and_a_window_already_over_are_refused()
    {
        Assert.Contains("quantity", AlgoState.Empty(Id).Decide(Submit(Spec(quantity: 0m)), Start).Rejection!.Message);
        Assert.Contains("has passed", AlgoState.Empty(Id).Decide(Submit(Spec()), Start.AddHours(2)).Rejection!.Message);
    }

    [Fact]
    public void Pausing_holds_the_schedule_and_resuming_sends_what_became_due_in_one_child()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start);
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        (state, journal) = Run(state, journal, new PauseAlgo(Id, "desk review"), Start.AddSeconds(2));
        (state, journal) = Run(state, journal, At(state, Start.AddMinutes(31)), Start.AddMinutes(31));
        Assert.Single(state.Parent!.Children);
        Assert.Equal((ParentStatus.Paused, "desk review"), (state.Parent.Status, state.Parent.PauseReason));

        (state, journal) = Run(state, journal, new ResumeAlgo(Id), Start.AddMinutes(31));
        (state, _) = Run(state, journal, At(state, Start.AddMinutes(31)), Start.AddMinutes(31));
        Assert.Equal([200m, 400m], state.Parent!.Children.Select(c => c.Quantity));
    }

    [Fact]
    public void A_refused_child_pauses_the_parent_with_the_reason()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start);
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        (state, _) = Run(state, journal, new RecordChildRefusal(Id, 1, "insufficient-buying-power: needs 20000 USD"), Start.AddSeconds(2));

        Assert.Equal(ParentStatus.Paused, state.Parent!.Status);
        Assert.Equal("child tw-1-1 refused: insufficient-buying-power: needs 20000 USD", state.Parent.PauseReason);
    }

    [Fact]
    public void The_window_closes_only_after_the_grace_and_then_withdraws_what_still_works()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec(parameters: ("slices", "1"))), Start);
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        var end = state.Parent!.Parameters.End;
        (state, journal) = Run(state, journal, At(state, end + Grace - TimeSpan.FromSeconds(1)), end + Grace);
        Assert.Equal(ParentStatus.Working, state.Parent!.Status);

        (state, _) = Run(state, journal, At(state, end + Grace), end + Grace);
        Assert.Equal(ParentStatus.Expired, state.Parent!.Status);
        Assert.True(state.Parent.Children[0].CancelRequested);
        Assert.False(state.CanPassivate);
    }

    [Fact]
    public void Cancelling_withdraws_the_working_children_and_a_second_cancel_is_a_repeat()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(Spec()), Start);
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        (state, _) = Run(state, journal, new CancelAlgo(Id, "client asked"), Start.AddSeconds(2));

        Assert.Equal(ParentStatus.Cancelled, state.Parent!.Status);
        Assert.True(state.Parent.Children[0].CancelRequested);
        Assert.Empty(state.Decide(new CancelAlgo(Id, "again"), Start).Events);
        Assert.Equal("algo-finished", state.Decide(new ResumeAlgo(Id), Start).Rejection!.Code);
    }

    [Fact]
    public void A_child_id_maps_back_to_its_number_only_for_its_own_parent()
    {
        Assert.Equal(12, AlgoOwner.ChildNumber(Id, new ClientOrderId("tw-1-12")));
        Assert.Equal(0, AlgoOwner.ChildNumber(Id, new ClientOrderId("tw-10-1")));
        Assert.Equal(0, AlgoOwner.ChildNumber(Id, new ClientOrderId("tw-1-x")));
        Assert.Equal(Id, AlgoOwner.AlgoOf(AlgoOwner.Of(Id)));
        Assert.Null(AlgoOwner.AlgoOf(new StrategyId("sma-1")));
    }

    [Fact]
    public void No_strategy_can_be_started_under_the_id_that_owns_a_parents_children()
    {
        var owner = AlgoOwner.Of(Id);
        var refused = Hive.Core.Strategies.Instances.StrategyState.Empty(owner)
            .Decide(new Hive.Core.Strategies.Instances.StartStrategy(owner, "sma-cross", new AccountId("ACC-1"), ImmutableSortedDictionary<string, string>.Empty), Start);

        Assert.Equal("algo.tw-1", owner.Value);
        Assert.Equal("reserved-id", refused.Rejection!.Code);
    }
}
