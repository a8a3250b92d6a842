using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Core.Domain;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The rows one projection batch wrote, published for whoever watches the read side live (the dashboard's event stream).
/// On SQLite each node projects its own journal and publishes on its own event stream; on PostgreSQL the one projection
/// (a cluster singleton) publishes under <see cref="Topic"/> through DistributedPubSub, so every node hears it.
/// </summary>
public sealed record ReadModelChanged(
    IReadOnlyList<OrderRow> Orders,
    IReadOnlyList<FillRow> Fills,
    IReadOnlyList<AccountRow> Accounts,
    IReadOnlyList<StrategyRow> Strategies) : IHiveMessage
{
    public const string Topic = "read-model-changed";

    public static ReadModelChanged? Of(ReadModelChanges changes) =>
        changes.Orders.Count + changes.Fills.Count + changes.Accounts.Count + changes.Strategies.Count == 0
            ? null
            : new ReadModelChanged(changes.Orders, changes.Fills, changes.Accounts, changes.Strategies);

    /// <summary>Makes <paramref name="subscriber"/> hear every batch: through DistributedPubSub when the projection is the
    /// cluster's singleton (PostgreSQL; the mediator answers a <see cref="SubscribeAck"/>), else on this node's event stream.</summary>
    public static void Subscribe(ActorSystem system, IActorRef subscriber, bool clusterWide)
    {
        if (clusterWide) DistributedPubSub.Get(system).Mediator.Tell(new Subscribe(Topic, subscriber));
        else system.EventStream.Subscribe(subscriber, typeof(ReadModelChanged));
    }
}
