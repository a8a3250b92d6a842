using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Management;

/// <summary>Subscribes to member and reachability events (current state first) and hands them to a
/// channel, for `hive ctl cluster tail`. Dispose to unsubscribe.</summary>
public sealed class ClusterEventFeed : IAsyncDisposable
{
    private readonly ActorSystem _system;
    private readonly IActorRef _subscriber;
    private readonly Channel<ClusterEventView> _channel = Channel.CreateBounded<ClusterEventView>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public ClusterEventFeed(ActorSystem system)
    {
        _system = system;
        _subscriber = system.ActorOf(Props.Create(() => new Subscriber(_channel.Writer)));
    }

    public ChannelReader<ClusterEventView> Events => _channel.Reader;

    public ValueTask DisposeAsync()
    {
        _system.Stop(_subscriber);
        _channel.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    private sealed class Subscriber : ReceiveActor
    {
        public Subscriber(ChannelWriter<ClusterEventView> writer)
        {
            Receive<ClusterEvent.IMemberEvent>(e => writer.TryWrite(
                new ClusterEventView(DateTime.UtcNow, e.GetType().Name, e.Member.Address.ToString(), e.Member.Status.ToString())));
            Receive<ClusterEvent.UnreachableMember>(e => writer.TryWrite(
                new ClusterEventView(DateTime.UtcNow, "Unreachable", e.Member.Address.ToString(), e.Member.Status.ToString())));
            Receive<ClusterEvent.ReachableMember>(e => writer.TryWrite(
                new ClusterEventView(DateTime.UtcNow, "Reachable", e.Member.Address.ToString(), e.Member.Status.ToString())));
            Receive<ClusterEvent.LeaderChanged>(e => writer.TryWrite(
                new ClusterEventView(DateTime.UtcNow, "LeaderChanged", e.Leader?.ToString() ?? "", null)));
            ReceiveAny(_ => { });
        }

        protected override void PreStart() => AkkaCluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent), typeof(ClusterEvent.LeaderChanged));

        protected override void PostStop() => AkkaCluster.Get(Context.System).Unsubscribe(Self);
    }
}
