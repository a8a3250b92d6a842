using Akka.Actor;
using Akka.Cluster;
using Hive.Core.Risk;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Alerts;

/// <summary>
/// Turns what the cluster tells this node into <see cref="Alert"/>s for <see cref="AlertWebhooks"/>: trading-state changes
/// of the accounts this node hosts (published on its event stream, so one node of the cluster sends each), and members lost
/// (sent by the leader only, since every node sees them).
/// </summary>
public sealed class AlertSource : ReceiveActor
{
    public AlertSource(AlertWebhooks webhooks)
    {
        var cluster = AkkaCluster.Get(Context.System);
        Receive<TradingStateChanged>(e => webhooks.Send(new Alert(
            $"trading-{e.State.ToString().ToLowerInvariant()}",
            e.Strategy is { } strategy ? $"strategy {strategy} on account {e.AccountId}" : $"account {e.AccountId}",
            $"{e.Reason} (by {e.By})", e.OccurredAt)));
        Receive<ClusterEvent.UnreachableMember>(e =>
        {
            if (cluster.State.Leader?.Equals(cluster.SelfAddress) == true)
                webhooks.Send(new Alert("node-unreachable", e.Member.Address.ToString(), "the failure detector lost it; the split-brain resolver downs it unless it comes back", DateTime.UtcNow));
        });
        Receive<ClusterEvent.MemberRemoved>(e =>
        {
            if (cluster.State.Leader?.Equals(cluster.SelfAddress) == true && e.PreviousStatus == MemberStatus.Down)
                webhooks.Send(new Alert("node-removed", e.Member.Address.ToString(), "downed and removed; its entities restart on the other nodes", DateTime.UtcNow));
        });
        ReceiveAny(_ => { });
        Context.System.EventStream.Subscribe(Self, typeof(TradingStateChanged));
        cluster.Subscribe(Self, ClusterEvent.InitialStateAsEvents, typeof(ClusterEvent.UnreachableMember), typeof(ClusterEvent.MemberRemoved));
    }

    protected override void PostStop()
    {
        AkkaCluster.Get(Context.System).Unsubscribe(Self);
        Context.System.EventStream.Unsubscribe(Self);
        base.PostStop();
    }
}
