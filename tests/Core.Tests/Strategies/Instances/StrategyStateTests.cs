using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Strategies;
using static Hive.Core.Tests.Support.EntityClock;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Strategies.Instances;

public class StrategyStateTests
{
    private static readonly StrategyId Sid = new("S-1");
    private static readonly AccountId Acc = new("ACC-1");

    private static ImmutableSortedDictionary<string, string> Params(params (string Key, string Value)[] pairs) =>
        pairs.ToImmutableSortedDictionary(p => p.Key, p => p.Value);

    private static readonly StartStrategy Start = new(Sid, "sma-cross", Acc, Params(("instrument", "SIM:SPX"), ("fast", "10"), ("slow", "30")));

    private sealed record PauseStrategy(StrategyId StrategyId) : StrategyCommand(StrategyId);

    private static (StrategyState State, Decision<StrategyEvent> Decision) Run(StrategyState state, StrategyCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        return (decision.Events.Aggregate(state, (s, e) => s.Apply(e)), decision);
    }

    private static StrategyState Running() => Run(StrategyState.Empty(Sid), Start).State;

    [Fact]
    public void Empty_strategy_is_stopped_and_can_passivate()
    {
        var state = StrategyState.Empty(Sid);
        Assert.False(state.Running);
        Assert.Equal(0, state.Starts);
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void Start_emits_strategy_started_and_apply_runs_it()
    {
        var (state, decision) = Run(StrategyState.Empty(Sid), Start, At(2));

        var started = DecisionAssert.SingleEvent<StrategyEvent, StrategyStarted>(decision);
        Assert.Equal("S-1:1", started.EventId);
        Assert.Equal((At(2), At(2)), (started.OccurredAt, started.RecordedAt));
        Assert.Equal((Sid, "sma-cross", Acc), (started.StrategyId, started.Kind, started.AccountId));
        Assert.Equal(Start.Parameters, started.Parameters);
        Assert.True(state.Running);
        Assert.Equal("sma-cross", state.Kind);
        Assert.Equal(Acc, state.AccountId);
        Assert.Equal(["fast", "instrument", "slow"], state.Parameters.Keys);
        Assert.Equal("30", state.Parameters["slow"]);
        Assert.Equal(1, state.Starts);
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void Restarting_a_running_strategy_with_the_same_settings_changes_nothing()
    {
        var state = Running();
        DecisionAssert.AlreadyApplied(state.Decide(Start, At(1)));
        // Equal parameters built separately (another order of insertion) are the same settings.
        DecisionAssert.AlreadyApplied(state.Decide(Start with { Parameters = Params(("slow", "30"), ("fast", "10"), ("instrument", "SIM:SPX")) }, At(1)));
    }

    public static TheoryData<StartStrategy> OtherSettings() =>
    [
        Start with { AccountId = new AccountId("ACC-2") },
        Start with { Parameters = Params(("instrument", "SIM:SPX"), ("fast", "10"), ("slow", "31")) },
        Start with { Parameters = Params(("instrument", "SIM:SPX"), ("fast", "10")) },
        Start with { Parameters = Params(("instrument", "SIMX:BTC-USDT"), ("fast", "10"), ("slow", "30")) },
        Start with { Parameters = Params(("instrument", "SIM:SPX")) },
    ];

    [Theory]
    [MemberData(nameof(OtherSettings))]
    public void Starting_a_running_strategy_with_other_settings_is_refused_as_already_running(StartStrategy other)
    {
        var rejection = DecisionAssert.Rejected(Running().Decide(other, Now), "already-running");
        Assert.Contains("S-1", rejection.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Start_without_a_kind_is_refused_as_missing_kind(string? kind)
    {
        DecisionAssert.Rejected(StrategyState.Empty(Sid).Decide(Start with { Kind = kind! }, Now), "missing-kind");
        DecisionAssert.Rejected(Running().Decide(Start with { Kind = kind! }, Now), "missing-kind");
    }

    [Fact]
    public void Start_without_a_parameter_map_is_refused_instead_of_throwing()
    {
        // null is what a payload without "Parameters" deserializes to; an empty map is the way to say "none".
        DecisionAssert.Rejected(StrategyState.Empty(Sid).Decide(Start with { Parameters = null! }, Now), "missing-parameters");
        DecisionAssert.Rejected(Running().Decide(Start with { Parameters = null! }, Now), "missing-parameters");
        // An empty map is well-formed, but sma-cross needs at least its instrument.
        DecisionAssert.Rejected(
            StrategyState.Empty(Sid).Decide(Start with { Parameters = ImmutableSortedDictionary<string, string>.Empty }, Now),
            StrategyCatalog.InvalidParameters);
    }

    public static TheoryData<StartStrategy, string> InvalidSettings() => new()
    {
        { Start with { Kind = "breakout" }, "breakout" },
        { Start with { Parameters = Params(("fast", "10"), ("slow", "30")) }, "instrument" },
        { Start with { Parameters = Params(("instrument", "SPX"), ("fast", "10"), ("slow", "30")) }, "instrument" },
        { Start with { Parameters = Params(("instrument", "SIM:SPX"), ("fast", "ten"), ("slow", "30")) }, "fast" },
        { Start with { Parameters = Params(("instrument", "SIM:SPX"), ("fast", "30"), ("slow", "30")) }, "slow" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Start_with_settings_the_catalog_cannot_build_is_refused_naming_the_problem(StartStrategy start, string named)
    {
        var fresh = DecisionAssert.Rejected(StrategyState.Empty(Sid).Decide(start, Now), StrategyCatalog.InvalidParameters);
        Assert.Contains(named, fresh.Message);
        // Checked before "already running": a running strategy refuses a bad start for what it is.
        DecisionAssert.Rejected(Running().Decide(start, Now), StrategyCatalog.InvalidParameters);
    }

    [Fact]
    public void Stop_emits_strategy_stopped_and_apply_stops_it()
    {
        var (state, decision) = Run(Running(), new StopStrategy(Sid, "risk limit"), At(5));

        var stopped = DecisionAssert.SingleEvent<StrategyEvent, StrategyStopped>(decision);
        Assert.Equal(new StrategyStopped("S-1:2", At(5), At(5), Sid, "risk limit"), stopped);
        Assert.False(state.Running);
        Assert.Equal("risk limit", state.StopReason);
        Assert.Equal(2, state.Version);
        Assert.Equal("sma-cross", state.Kind);
    }

    [Fact]
    public void Stopping_a_stopped_strategy_changes_nothing()
    {
        DecisionAssert.AlreadyApplied(StrategyState.Empty(Sid).Decide(new StopStrategy(Sid, "x"), Now));
        var (stopped, _) = Run(Running(), new StopStrategy(Sid, "first"));
        DecisionAssert.AlreadyApplied(stopped.Decide(new StopStrategy(Sid, "second"), Now));
    }

    [Fact]
    public void Stopped_strategy_restarts_with_new_settings_and_counts_the_start()
    {
        var (state, _) = Run(Running(), new StopStrategy(Sid, "maintenance"));
        var restart = Start with { Parameters = Params(("instrument", "SIMX:BTC-USDT"), ("fast", "5"), ("slow", "20")) };
        (state, var decision) = Run(state, restart);

        Assert.Equal("S-1:3", DecisionAssert.SingleEvent<StrategyEvent, StrategyStarted>(decision).EventId);
        Assert.True(state.Running);
        Assert.Equal("sma-cross", state.Kind);
        Assert.Equal("SIMX:BTC-USDT", state.Parameters["instrument"]);
        Assert.Equal("20", state.Parameters["slow"]);
        Assert.Equal(2, state.Starts);
        Assert.Null(state.StopReason);
        Assert.Equal(3, state.Version);
    }

    [Fact]
    public void Strategy_can_passivate_only_when_stopped()
    {
        var state = StrategyState.Empty(Sid);
        Assert.True(state.CanPassivate);
        (state, _) = Run(state, Start);
        Assert.False(state.CanPassivate);
        (state, _) = Run(state, new StopStrategy(Sid, "done"));
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void Command_for_another_strategy_is_refused_as_wrong_entity()
    {
        var other = new StrategyId("S-2");
        foreach (var command in new StrategyCommand[] { Start with { StrategyId = other }, new StopStrategy(other, "x") })
            Assert.Contains("S-2", DecisionAssert.Rejected(Running().Decide(command, Now), "wrong-entity").Message);
    }

    [Fact]
    public void Command_the_strategy_does_not_know_is_refused_not_thrown()
    {
        DecisionAssert.Rejected(Running().Decide(new PauseStrategy(Sid), Now), "unknown-command");
    }

    [Fact]
    public void Issuing_orders_numbers_client_order_ids_from_the_strategy_id_and_records_them()
    {
        var state = Running();
        var order = StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 5m);
        (state, var first) = Run(state, new IssueOrder(Sid, order, 101m), At(3));
        (state, var second) = Run(state, new IssueOrder(Sid, order with { Side = OrderSide.Sell }, 102m), At(4));

        var issued1 = DecisionAssert.SingleEvent<StrategyEvent, StrategyOrderIssued>(first);
        var issued2 = DecisionAssert.SingleEvent<StrategyEvent, StrategyOrderIssued>(second);
        Assert.Equal(new ClientOrderId("S-1-1"), issued1.Request.ClientOrderId);
        Assert.Equal(new ClientOrderId("S-1-2"), issued2.Request.ClientOrderId);
        Assert.Equal((Acc, Sid, 101m), (issued1.Request.AccountId, issued1.Request.StrategyId!.Value, issued1.ReferencePrice));
        Assert.Equal(OrderSide.Sell, issued2.Request.Side);
        Assert.Equal([issued1.Request, issued2.Request], state.OpenOrders.Select(o => o.Request));
        Assert.Equal([101m, 102m], state.OpenOrders.Select(o => o.ReferencePrice));
        Assert.Equal(2, state.OrdersIssued);
        Assert.Equal(new ClientOrderId("S-1-3"), state.NextOrderId);
    }

    private static StrategyState WithOrders(int count)
    {
        var state = Running();
        var order = StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 1m);
        for (var n = 0; n < count; n++) (state, _) = Run(state, new IssueOrder(Sid, order, 100m));
        return state;
    }

    [Fact]
    public void Finished_orders_leave_the_open_orders_in_one_event_and_ids_keep_counting()
    {
        var state = WithOrders(3);
        (state, var decision) = Run(state, new CloseOrders(Sid, [new ClientOrderId("S-1-1"), new ClientOrderId("S-1-3")]), At(7));

        var closed = DecisionAssert.SingleEvent<StrategyEvent, StrategyOrdersClosed>(decision);
        Assert.Equal(("S-1:5", At(7)), (closed.EventId, closed.OccurredAt));
        Assert.Equal([new ClientOrderId("S-1-1"), new ClientOrderId("S-1-3")], closed.Orders);
        Assert.Equal([new ClientOrderId("S-1-2")], state.OpenOrders.Select(o => o.Request.ClientOrderId));
        // Closing orders never frees their ids: the count is of every order ever issued.
        Assert.Equal((3, new ClientOrderId("S-1-4"), 5L), (state.OrdersIssued, state.NextOrderId, state.Version));
    }

    [Fact]
    public void Closing_orders_that_are_not_open_records_only_those_that_are()
    {
        var state = WithOrders(2);
        (state, _) = Run(state, new CloseOrders(Sid, [new ClientOrderId("S-1-1")]));
        DecisionAssert.AlreadyApplied(state.Decide(new CloseOrders(Sid, [new ClientOrderId("S-1-1"), new ClientOrderId("S-1-99")]), Now));
        DecisionAssert.AlreadyApplied(state.Decide(new CloseOrders(Sid, []), Now));

        var (_, decision) = Run(state, new CloseOrders(Sid, [new ClientOrderId("S-1-1"), new ClientOrderId("S-1-2")]));
        Assert.Equal([new ClientOrderId("S-1-2")], DecisionAssert.SingleEvent<StrategyEvent, StrategyOrdersClosed>(decision).Orders);
    }

    [Fact]
    public void The_strategys_state_holds_only_its_open_orders_however_many_it_issued()
    {
        var state = WithOrders(1);
        for (var n = 2; n <= 500; n++)
        {
            (state, _) = Run(state, new CloseOrders(Sid, [state.OpenOrders.Single().Request.ClientOrderId]));
            (state, _) = Run(state, new IssueOrder(Sid, StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 1m), 100m));
        }
        Assert.Equal((500, new ClientOrderId("S-1-500")), (state.OrdersIssued, state.OpenOrders.Single().Request.ClientOrderId));
    }

    [Fact]
    public void Replaying_issued_and_closed_orders_rebuilds_the_same_open_orders()
    {
        var events = new List<StrategyEvent>();
        var state = StrategyState.Empty(Sid);
        var order = StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 1m);
        foreach (var command in new StrategyCommand[]
                 {
                     Start, new IssueOrder(Sid, order, 100m), new IssueOrder(Sid, order, 101m), new CloseOrders(Sid, [new ClientOrderId("S-1-1")]),
                     new StopStrategy(Sid, "pause"), Start, new IssueOrder(Sid, order, 102m),
                 })
        {
            var decision = state.Decide(command, Now);
            events.AddRange(decision.Events);
            state = decision.Events.Aggregate(state, (s, e) => s.Apply(e));
        }
        var replayed = events.Aggregate(StrategyState.Empty(Sid), (s, e) => s.Apply(e));
        Assert.Equal((state.Version, state.OrdersIssued, state.Running), (replayed.Version, replayed.OrdersIssued, replayed.Running));
        Assert.Equal(state.OpenOrders, replayed.OpenOrders);
        Assert.Equal(["S-1-2", "S-1-3"], replayed.OpenOrders.Select(o => o.Request.ClientOrderId.Value));
    }

    [Fact]
    public void Order_ids_keep_counting_across_a_stop_and_restart()
    {
        var order = StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 1m);
        var (state, _) = Run(Running(), new IssueOrder(Sid, order, 100m));
        (state, _) = Run(state, new StopStrategy(Sid, "pause"));
        (state, _) = Run(state, Start);
        (state, var decision) = Run(state, new IssueOrder(Sid, order, 100m));
        Assert.Equal(new ClientOrderId("S-1-2"), DecisionAssert.SingleEvent<StrategyEvent, StrategyOrderIssued>(decision).Request.ClientOrderId);
    }

    [Fact]
    public void A_stopped_strategy_cannot_issue_orders()
    {
        var order = StrategyOrder.Market(new InstrumentId("SIM", "SPX"), OrderSide.Buy, 1m);
        DecisionAssert.Rejected(StrategyState.Empty(Sid).Decide(new IssueOrder(Sid, order, 100m), Now), "not-running");
        var (stopped, _) = Run(Running(), new StopStrategy(Sid, "done"));
        DecisionAssert.Rejected(stopped.Decide(new IssueOrder(Sid, order, 100m), Now), "not-running");
    }

    private static IssueAlgo Twap(string slices = "4") => new(Sid, new StrategyExecution(TestData.Spx.Id, OrderSide.Buy, 100m, "twap",
        new Dictionary<string, string> { ["slices"] = slices }, TimeSpan.FromMinutes(30)), 4500m) { Instrument = TestData.Spx };

    [Fact]
    public void Handing_a_target_to_an_algorithm_records_the_parent_under_the_strategys_next_algo_id_with_its_window_fixed()
    {
        var (state, decision) = Run(Running(), Twap(), At(5));

        var issued = DecisionAssert.SingleEvent<StrategyEvent, StrategyAlgoIssued>(decision);
        Assert.Equal(new AlgoId("S-1-p1"), issued.AlgoId);
        Assert.Equal(("twap", Acc, TestData.Spx.Id, OrderSide.Buy, 100m), (issued.Spec.Type, issued.Spec.AccountId, issued.Spec.InstrumentId, issued.Spec.Side, issued.Spec.Quantity));
        Assert.Equal((At(5), At(5).AddMinutes(30)), (issued.Spec.Start, issued.Spec.End));
        Assert.Equal("4", issued.Spec.Parameters["slices"]);
        Assert.Equal([new IssuedAlgo(issued.AlgoId, issued.Spec, 4500m)], state.WorkingAlgos);
        // The next parent is numbered on; replaying the journal rebuilds the same working parent, so a recovery re-sends it.
        Assert.Equal(new AlgoId("S-1-p2"), state.NextAlgoId);
        var started = DecisionAssert.SingleEvent<StrategyEvent, StrategyStarted>(StrategyState.Empty(Sid).Decide(Start, Now));
        var replayed = new StrategyEvent[] { started, issued }.Aggregate(StrategyState.Empty(Sid), (s, e) => s.Apply(e));
        Assert.Equal(state.WorkingAlgos, replayed.WorkingAlgos);
        Assert.Equal(issued.AlgoId, replayed.WorkingAlgos.Single().ToSubmit().AlgoId);
    }

    [Fact]
    public void A_target_the_catalog_refuses_is_refused_with_its_message_and_takes_no_algo_id()
    {
        var (state, decision) = Run(Running(), Twap("many"));

        var refused = DecisionAssert.Rejected(decision, StrategyExecution.InvalidParameter);
        Assert.Equal("parameter slices must be a whole number, got 'many'", refused.Message);
        Assert.Equal(new AlgoId("S-1-p1"), state.NextAlgoId);
        DecisionAssert.Rejected(Running().Decide(Twap() with { ArrivalPrice = 0m }, Now), StrategyExecution.NoMarketPrice);
        DecisionAssert.Rejected(StrategyState.Empty(Sid).Decide(Twap(), Now), "not-running");
    }

    [Fact]
    public void A_finished_parent_leaves_the_working_parents_once()
    {
        var (state, _) = Run(Running(), Twap());
        var (closed, decision) = Run(state, new CloseAlgo(Sid, new AlgoId("S-1-p1")));

        Assert.Equal(new AlgoId("S-1-p1"), DecisionAssert.SingleEvent<StrategyEvent, StrategyAlgoClosed>(decision).AlgoId);
        Assert.Empty(closed.WorkingAlgos);
        Assert.Equal(new AlgoId("S-1-p2"), closed.NextAlgoId);
        Assert.Empty(closed.Decide(new CloseAlgo(Sid, new AlgoId("S-1-p1")), Now).Events);
    }
}
