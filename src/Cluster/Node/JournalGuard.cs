using Akka.Actor;
using Akka.Cluster;
using Hive.Actors.Hosting;
using Microsoft.Extensions.Hosting;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Node;

/// <summary>
/// Keeps a cluster on one journal. Entities move between nodes (failover, rebalancing) and recover from the journal
/// of the node they land on, so a member writing to a journal of its own splits every entity's history: strategies
/// started through one node vanish when the other leaves. The cluster's journal is the one published
/// (<see cref="JournalIdentity"/>) by its oldest Up member that has one; a node whose journal differs leaves and the
/// process exits with <see cref="Refusal"/>. It checks as soon as it is welcomed, while still Joining, so it leaves
/// before the coordinators can give it shards.
/// </summary>
public sealed class JournalGuard(ActorSystem system, HiveNodeSettings settings, IHostApplicationLifetime lifetime, ILogger<JournalGuard> log)
    : IHostedService
{
    private IActorRef? _watcher;

    /// <summary>Why this node left the cluster, or null while it may stay.</summary>
    public string? Refusal { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A node that could not read its journal's id (PostgreSQL down at start) publishes none and is not checked.
        if (JournalIdentity.Of(settings.Roles) is { } own)
            _watcher = system.ActorOf(Props.Create(() => new Watcher(own, Refuse)), "journal-guard");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null) system.Stop(_watcher);
        return Task.CompletedTask;
    }

    /// <summary>The member whose journal counts as the cluster's: the oldest Up (or Leaving) member that published one.</summary>
    public static Member? ClusterJournalHolder(IEnumerable<Member> members) =>
        members.Where(m => m.Status is MemberStatus.Up or MemberStatus.Leaving && JournalIdentity.Of(m.Roles) is not null)
            .Aggregate((Member?)null, (oldest, m) => oldest is null || m.IsOlderThan(oldest) ? m : oldest);

    private void Refuse(Member holder)
    {
        if (Refusal is not null) return;
        Refusal = $"this node's journal ({JournalIdentity.Describe(settings)}) is not the cluster's: {holder.Address} writes to another one, " +
                  "so entities started on one node would vanish when the other leaves. A cluster of several nodes needs one journal: " +
                  "--postgres CONNECTION on every node, or, for nodes on one machine, the same SQLite file (start them with the same --data-dir). " +
                  "This node left the cluster.";
        log.LogError("leaving the cluster: this node's journal is not the one {Holder} writes to", holder.Address);
        lifetime.StopApplication();
    }

    /// <summary>Follows the membership and compares this node's journal with the cluster's at every change.</summary>
    private sealed class Watcher : ReceiveActor
    {
        private readonly Dictionary<UniqueAddress, Member> _members = new();

        public Watcher(string own, Action<Member> refuse)
        {
            Receive<ClusterEvent.CurrentClusterState>(state =>
            {
                foreach (var m in state.Members) _members[m.UniqueAddress] = m;
                Check(own, refuse);
            });
            Receive<ClusterEvent.MemberRemoved>(e => _members.Remove(e.Member.UniqueAddress));
            Receive<ClusterEvent.IMemberEvent>(e =>
            {
                _members[e.Member.UniqueAddress] = e.Member;
                Check(own, refuse);
            });
        }

        protected override void PreStart() => AkkaCluster.Get(Context.System).Subscribe(Self,
            ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot, typeof(ClusterEvent.IMemberEvent));

        protected override void PostStop() => AkkaCluster.Get(Context.System).Unsubscribe(Self);

        private void Check(string own, Action<Member> refuse)
        {
            if (ClusterJournalHolder(_members.Values) is not { } holder || JournalIdentity.Of(holder.Roles) == own) return;
            // Leave at once, not only when the host's shutdown gets to it: until then the coordinators may give this node shards.
            var cluster = AkkaCluster.Get(Context.System);
            cluster.Leave(cluster.SelfAddress);
            refuse(holder);
            Become(() => ReceiveAny(_ => { }));
        }
    }
}
