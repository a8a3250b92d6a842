using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;
using static Hive.Core.Tests.Entities.EntityClock;

namespace Hive.Core.Tests.Entities;

public class StrategyStateTests
{
    private static readonly StrategyId Sid = new("S-1");
    private static readonly AccountId Acc = new("ACC-1");

    private static ImmutableSortedDictionary<string, string> Params(params (string Key, string Value)[] pairs) =>
        pairs.ToImmutableSortedDictionary(p => p.Key, p => p.Value);

    private static readonly StartStrategy Start = new(Sid, "sma-cross", Acc, Params(("fast", "10"), ("slow", "30")));

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
        Assert.Equal(["fast", "slow"], state.Parameters.Keys);
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
        DecisionAssert.AlreadyApplied(state.Decide(Start with { Parameters = Params(("slow", "30"), ("fast", "10")) }, At(1)));
    }

    public static TheoryData<StartStrategy> OtherSettings() =>
    [
        Start with { Kind = "breakout" },
        Start with { AccountId = new AccountId("ACC-2") },
        Start with { Parameters = Params(("fast", "10"), ("slow", "31")) },
        Start with { Parameters = Params(("fast", "10")) },
        Start with { Parameters = ImmutableSortedDictionary<string, string>.Empty },
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
        DecisionAssert.SingleEvent<StrategyEvent, StrategyStarted>(
            StrategyState.Empty(Sid).Decide(Start with { Parameters = ImmutableSortedDictionary<string, string>.Empty }, Now));
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
        var restart = Start with { Kind = "breakout", Parameters = Params(("window", "20")) };
        (state, var decision) = Run(state, restart);

        Assert.Equal("S-1:3", DecisionAssert.SingleEvent<StrategyEvent, StrategyStarted>(decision).EventId);
        Assert.True(state.Running);
        Assert.Equal("breakout", state.Kind);
        Assert.Equal("20", Assert.Single(state.Parameters).Value);
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
}
