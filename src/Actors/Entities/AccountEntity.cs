using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Hosting;
using Hive.Actors.Diagnostics;
using Hive.Actors.Sharding;
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
    /// <summary>The topic every stored trading-state change is published on.</summary>
    public const string TradingStateTopic = "trading-states";

    private EntityGateway? _gateway;

    private EntityGateway Gateway => _gateway ??= new EntityGateway(ActorRegistry.For(Context.System));

    protected override void ConfigureCommands() => Command<GetAccountView>(_ => Sender.Tell(Persisted.ForStrategy()));

    /// <summary>Counts and publishes trading-state changes. A halt cancels every order working in its scope (the account's, or one strategy's): they hold buying power
    /// here, so this is where they are known. Each order retries its cancel until the venue answers.</summary>
    protected override void AfterCommand(IAccountCommand command, IReadOnlyList<IAccountEvent> persisted)
    {
        foreach (var e in persisted)
        {
            if (e is not TradingStateChanged changed) continue;
            HiveCounters.TradingStateChanged(changed.State);
            // For the nodes' alert webhooks (one node of the group sends it); a tell, so the account never waits on them.
            DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(TradingStateTopic, changed, sendOneMessageToEachGroup: true));
        }
        if (command is not SetTradingState { State: TradingState.Halted } halt || persisted.Count == 0) return;
        foreach (var (id, hold) in State.Reservations)
            if (halt.Strategy is null || hold.Strategy == halt.Strategy)
                Gateway.Region(RegionNames.Order).Tell(new RequestCancel(id, $"trading halted: {halt.Reason}"), ActorRefs.NoSender);
    }

    protected override void Reply(IActorRef to, IAccountCommand command, Rejection? rejection, bool duplicate)
    {
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
