using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Actors.ReadModel;
using Hive.Cluster.Management;
using Hive.Cluster.Trading;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// What feeds <see cref="DashboardHub"/>: the rows the read side's projection writes (<see cref="ReadModelChanged"/>:
/// <c>order</c>, <c>fill</c>, <c>account</c>, <c>strategy</c> events, shaped like the API's own views) and the cluster's
/// member and reachability events (<c>member</c>). When the projection is the cluster's singleton (PostgreSQL) its
/// batches arrive through DistributedPubSub, so pages on every node see them; otherwise from this node's own projection.
/// </summary>
public sealed class DashboardFeed(ActorSystem system, DashboardHub hub, bool projectionIsClusterWide) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rows = system.ActorOf(Props.Create(() => new RowSubscriber(hub, projectionIsClusterWide)), "dashboard-feed");
        await using var members = new ClusterEventFeed(system);
        try
        {
            await foreach (var e in members.Events.ReadAllAsync(stoppingToken)) hub.Publish("member", e);
        }
        catch (OperationCanceledException)
        {
            // the node is stopping
        }
        finally
        {
            system.Stop(rows);
        }
    }

    private sealed class RowSubscriber : ReceiveActor
    {
        private readonly bool _clusterWide;

        public RowSubscriber(DashboardHub hub, bool clusterWide)
        {
            _clusterWide = clusterWide;
            Receive<ReadModelChanged>(changed =>
            {
                if (hub.Clients == 0) return;
                foreach (var order in changed.Orders) hub.Publish("order", OrderView.From(order, []), order.AccountId);
                foreach (var fill in changed.Fills) hub.Publish("fill", FillView.From(fill), fill.AccountId);
                foreach (var account in changed.Accounts) hub.Publish("account", AccountSummaryView.From(account), account.AccountId);
                foreach (var strategy in changed.Strategies) hub.Publish("strategy", StrategyView.From(strategy), strategy.AccountId);
            });
            Receive<SubscribeAck>(_ => { });
        }

        protected override void PreStart() => ReadModelChanged.Subscribe(Context.System, Self, _clusterWide);

        protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);
    }
}
