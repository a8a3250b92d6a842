using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Risk;

/// <summary>The cluster's register of kill switches and an account obeying one: engaged once per scope, recorded with who and
/// why, obeyed once by each account it covers.</summary>
public class KillSwitchTests
{
    private static readonly DateTime Now = TestData.Now;
    private static readonly KillSwitchScope OfAccount = new(TestData.Account);

    private static KillSwitchState Engage(KillSwitchState register, KillSwitchScope scope, string reason = "runaway")
    {
        var decision = register.Decide(new EngageKillSwitch(scope, "ops", reason), Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(register, (s, e) => s.Apply(e));
    }

    [Fact]
    public void A_kill_switch_is_engaged_once_per_scope_with_who_and_why_and_a_second_engagement_is_refused()
    {
        var register = Engage(KillSwitchState.Empty, KillSwitchScope.Cluster, "exchange outage");
        var kill = register.Cluster!;
        Assert.Equal(("ops", "exchange outage", Now, "kill-switches#1"), (kill.By, kill.Reason, kill.EngagedAt, kill.Id));
        Assert.False(register.CanPassivate);

        var twice = register.Decide(new EngageKillSwitch(KillSwitchScope.Cluster, "ops", "again"), Now).Rejection;
        Assert.Equal(TradingRejections.KillSwitchEngaged, twice?.Code);
        Assert.Contains("exchange outage", twice!.Message);
        // Another scope is another switch.
        Assert.Equal(2, Engage(register, OfAccount).Engaged.Count);
    }

    [Fact]
    public void Releasing_a_switch_that_is_not_engaged_and_a_switch_without_a_reason_or_with_two_scopes_are_refused()
    {
        Assert.Equal(TradingRejections.KillSwitchNotEngaged,
            KillSwitchState.Empty.Decide(new ReleaseKillSwitch(OfAccount, "ops", "done"), Now).Rejection?.Code);
        Assert.Contains("reason", KillSwitchState.Empty.Decide(new EngageKillSwitch(OfAccount, "ops", " "), Now).Rejection!.Message);
        var both = new KillSwitchScope(TestData.Account, new StrategyId("s1"));
        Assert.Equal(TradingRejections.InvalidKillSwitch, KillSwitchState.Empty.Decide(new EngageKillSwitch(both, "ops", "x"), Now).Rejection?.Code);

        var released = Engage(KillSwitchState.Empty, OfAccount);
        released = released.Apply(released.Decide(new ReleaseKillSwitch(OfAccount, "ops", "reviewed"), Now).Events.Single());
        Assert.Empty(released.Engaged);
        Assert.True(released.CanPassivate);
    }

    [Fact]
    public void Scopes_cover_their_accounts_and_strategies()
    {
        var strategy = new StrategyId("s1");
        Assert.True(KillSwitchScope.Cluster.Covers(new AccountId("any")));
        Assert.True(OfAccount.Covers(strategy, TestData.Account));
        Assert.False(OfAccount.Covers(new AccountId("other")));
        Assert.False(new KillSwitchScope(Strategy: strategy).Covers(TestData.Account));
        Assert.True(new KillSwitchScope(Strategy: strategy).Covers(strategy, null));
        Assert.Equal("strategy s1", new KillSwitchScope(Strategy: strategy).ToString());
    }

    [Fact]
    public void An_account_obeys_a_kill_switch_once_even_after_a_person_resumed_it()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m);
        var kill = Engage(KillSwitchState.Empty, KillSwitchScope.Cluster, "exchange outage").Cluster!;
        var halt = account.Obey(kill);
        Assert.Equal((TradingState.Halted, "ops", kill.Id), (halt!.State, halt.By, halt.KillSwitch));
        var halted = account.Do(halt);
        Assert.Equal(TradingState.Halted, halted.Risk.State);
        Assert.Contains("kill switch (cluster) engaged by ops: exchange outage", halted.Risk.StateReason);
        var denied = halted.Decide(new ReserveBuyingPower(TestData.Limit("o", OrderSide.Buy, 1, 10m), "USD", 10m), Now).Rejection;
        Assert.Equal(RiskDenials.TradingHalted, denied?.Code);
        Assert.Contains("exchange outage", denied!.Message);

        // Enforced again (the register restarted): nothing new.
        Assert.Null(halted.Obey(kill));
        Assert.Empty(halted.Decide(halt, Now).Events);
        var resumed = halted.Do(new SetTradingState(TestData.Account, TradingState.Active, "reviewed", "ops"));
        Assert.Null(resumed.Obey(kill));
        // An account a person halted first still records the switch it obeys.
        var byHand = account.Do(new SetTradingState(TestData.Account, TradingState.Halted, "desk", "ops"));
        Assert.Equal(kill.Id, byHand.Do(halt).Risk.LastKillSwitch);
        Assert.Null(account.Obey(kill with { Scope = new KillSwitchScope(new AccountId("other")) }));
    }
}
