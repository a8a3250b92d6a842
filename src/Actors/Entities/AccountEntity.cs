using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Actors.Diagnostics;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Accounts;
using Hive.Core.Risk;

namespace Hive.Actors.Entities;

/// <summary>
/// An account's ledger (<see cref="AccountState"/>). Order entities talk to it with the flow's commands (hold, book a
/// fill, release) and get the flow's answers (<see cref="AccountAnswers"/>); a hold it grants goes on to the venue as the
/// order's first route. Strategies read a compact view (<see cref="GetAccountView"/>). Everything else is answered with
/// the generic accepted/rejected replies.
/// </summary>
public sealed class AccountEntity(string entityId, EntitySettings settings)
    : EntityActor<AccountState, IAccountCommand, IAccountEvent, GetAccount>(
        RegionNames.Account, entityId, AccountState.Empty(new AccountId(entityId)), settings)
{
    protected override void ConfigureCommands()
    {
        Command<GetAccountView>(_ => Sender.Tell(Persisted.ForStrategy()));
        // Kill switches: published when engaged (cluster-wide ones reach every live account this way), and the register's
        // answer to the ask at start (an account that was not alive then obeys what is engaged when it next starts).
        Command<KillSwitch>(Obey);
        Command<KillSwitchState>(register =>
        {
            foreach (var (_, kill) in register.Engaged) Obey(kill);
        });
        Command<SubscribeAck>(_ => { });
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(KillSwitch.Topic, Self));
        if (State.IsOpen) AskKillSwitches();
    }

    private void AskKillSwitches() => Gateway.Region(RegionNames.KillSwitches).Tell(GetKillSwitches.Instance, Self);

    private void Obey(KillSwitch kill)
    {
        if (State.Obey(kill) is { } halt) Self.Tell(halt, ActorRefs.NoSender);
    }

    /// <summary>Counts and publishes trading-state changes (for the nodes' alert webhooks). A halt (a person's, or a loss rule's
    /// after a fill) cancels every order working in its scope (the account's, or one strategy's): they hold buying power here,
    /// so this is where they are known. Each order retries its cancel until the venue answers.</summary>
    protected override void AfterCommand(IAccountCommand command, IReadOnlyList<IAccountEvent> persisted)
    {
        foreach (var e in persisted)
        {
            if (e is AccountOpened) AskKillSwitches();
            if (e is not TradingStateChanged changed) continue;
            HiveCounters.TradingStateChanged(changed.State);
            // For this node's alert webhooks: the node hosting the account sends the alert, so one node sends each. Published on
            // the node's event stream (a tell: the account never waits on them). DistributedPubSub's one-message-per-group
            // publish, used before, also delivered its SendToOneSubscriber wrapper to every account entity of the node (they
            // subscribe to the kill-switch topic): 52,292 rejected messages in one bench run of 514 changes.
            Context.System.EventStream.Publish(changed);
            if (changed.State != TradingState.Halted) continue;
            foreach (var (id, hold) in State.Reservations)
                if (changed.Strategy is null || hold.Strategy == changed.Strategy)
                    Gateway.Region(RegionNames.Order).Tell(new RequestCancel(id, $"trading halted: {changed.Reason}"), ActorRefs.NoSender);
        }
    }

    protected override void Reply(IActorRef to, IAccountCommand command, Rejection? rejection, bool duplicate)
    {
        // An order a loss rule denied at a newer price moves the account to its breach state (through the journal, as any change).
        if (rejection is not null && State.LossTrip(rejection) is { } trip) Self.Tell(trip, ActorRefs.NoSender);
        if (AccountAnswers.For(command, rejection, State) is not { } answers)
        {
            base.Reply(to, command, rejection, duplicate);
            return;
        }
        foreach (var answer in answers)
        {
            // The route goes to the venue on the order's behalf: the venue answers the order.
            if (answer is RouteOrder route) Gateway.Region(RegionNames.Instrument).Tell(route, to);
            else to.Tell(answer);
        }
    }
}
