using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Core.Risk;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Entities;

/// <summary>
/// The cluster's kill switches (<see cref="KillSwitchState"/>, one entity). An engaged switch is enforced by telling those
/// in its scope: an account switch halts its account through the account region (which starts it if need be) and a
/// strategy switch stops its strategy through the strategy region; every switch is also published on
/// <see cref="KillSwitch.Topic"/>, where the live accounts (cluster switch) and running strategies (cluster or account
/// switch) obey it. An account that starts later asks here and obeys what is engaged. After a restart every engaged switch
/// is enforced again (each account and strategy obeys a switch once).
/// </summary>
public sealed class KillSwitchEntity(EntitySettings settings)
    : EntityActor<KillSwitchState, IKillSwitchCommand, IKillSwitchEvent, GetKillSwitches>(
        RegionNames.KillSwitches, KillSwitchState.EntityId, KillSwitchState.Empty, settings)
{

    protected override void AfterCommand(IKillSwitchCommand command, IReadOnlyList<IKillSwitchEvent> persisted)
    {
        foreach (var e in persisted)
            if (e is KillSwitchEngaged engaged) Enforce(engaged.Switch);
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        foreach (var (_, kill) in State.Engaged) Enforce(kill);
    }

    private void Enforce(KillSwitch kill)
    {
        if (kill.Scope.Account is { } account)
            Gateway.Region(RegionNames.Account).Tell(new SetTradingState(account, TradingState.Halted, kill.Because, kill.By, KillSwitch: kill.Id), ActorRefs.NoSender);
        if (kill.Scope.Strategy is { } strategy)
            Gateway.Region(RegionNames.Strategy).Tell(new StopStrategy(strategy, kill.Because), ActorRefs.NoSender);
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(KillSwitch.Topic, kill));
    }
}
