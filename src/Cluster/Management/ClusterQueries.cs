using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Management;

/// <summary>What the status endpoints and `hive ctl` ask the cluster: membership, shard placement,
/// and the operator actions (join, leave, down).</summary>
public sealed class ClusterQueries
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);
    private readonly ActorSystem _system;
    private readonly EntityGateway _gateway;
    private readonly RecentValue<ShardsView> _recentShards;

    public ClusterQueries(ActorSystem system, EntityGateway gateway)
    {
        _system = system;
        _gateway = gateway;
        // The dashboard's overview shows placement at a glance: counts up to a few seconds old are as good, and cost no ask.
        _recentShards = new RecentValue<ShardsView>(ShardsAsync, fresh: TimeSpan.FromSeconds(2), stale: TimeSpan.FromSeconds(30));
    }

    private AkkaCluster Cluster => AkkaCluster.Get(_system);

    public ClusterView Members()
    {
        var state = Cluster.State;
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        var leader = state.Leader;
        var members = state.Members
            .Select(m => new MemberView(m.Address.ToString(), m.Status.ToString(), m.Roles.OrderBy(r => r).ToList(),
                !unreachable.Contains(m.Address), m.Address.Equals(leader), m.Address.Equals(Cluster.SelfAddress)))
            .OrderBy(m => m.Address, StringComparer.Ordinal)
            .ToList();
        return new ClusterView(Cluster.SelfAddress.ToString(), leader?.ToString(), members, unreachable.Select(a => a.ToString()).ToList());
    }

    /// <summary>
    /// Whether this node is on the side of a partition that the split-brain resolver's keep-majority will down (see
    /// <see cref="PartitionSide"/>): it then refuses clients' writes at once rather than acknowledging them for the
    /// seconds until it downs itself, while the majority may already be bringing its entities up elsewhere.
    /// </summary>
    public bool CutOff()
    {
        var state = Cluster.State;
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        // The members keep-majority counts, in Akka's address order (the tie-break keeps the side with the lowest address).
        return PartitionSide.IsDowned(state.Members.Where(m => m.Status is MemberStatus.Up or MemberStatus.Leaving)
            .Select(m => !unreachable.Contains(m.Address)).ToList());
    }

    /// <summary>Every region's statistics, asked of all regions at once (each ask goes round the cluster's shards).</summary>
    public async Task<ShardsView> ShardsAsync() => new(await Task.WhenAll(RegionNames.All.Select(RegionAsync)));

    /// <summary>What <see cref="ShardsAsync"/> answered at most seconds ago (see <see cref="RecentValue{T}"/>).</summary>
    public Task<ShardsView> RecentShardsAsync() => _recentShards.GetAsync();

    public async Task<RegionView> RegionAsync(string region)
    {
        var stats = await _gateway.Region(region).Ask<ClusterShardingStats>(new GetClusterShardingStats(AskTimeout), AskTimeout + TimeSpan.FromSeconds(1));
        var nodes = stats.Regions
            .Select(kv => new RegionNodeView(kv.Key.ToString(), kv.Value.Stats.Count, kv.Value.Stats.Values.Sum(),
                new SortedDictionary<string, int>(kv.Value.Stats.ToDictionary(s => s.Key, s => s.Value))))
            .OrderBy(n => n.Address, StringComparer.Ordinal)
            .ToList();
        var failed = stats.Regions.Values.SelectMany(r => r.Failed).Select(f => f.ToString()).ToList();
        return new RegionView(region, nodes.Sum(n => n.Shards), nodes.Sum(n => n.Entities), nodes, failed);
    }

    public async Task<LocalRegionView> LocalRegionAsync(string region)
    {
        var state = await _gateway.Region(region).Ask<CurrentShardRegionState>(GetShardRegionState.Instance, AskTimeout);
        var shards = state.Shards
            .Select(s => new LocalShardView(s.ShardId, s.EntityIds.OrderBy(e => e, StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.ShardId, StringComparer.Ordinal)
            .ToList();
        return new LocalRegionView(region, Cluster.SelfAddress.ToString(), shards);
    }

    public void Join(Address address) => Cluster.Join(address);

    public void Leave(Address? address) => Cluster.Leave(address ?? Cluster.SelfAddress);

    public void Down(Address address) => Cluster.Down(address);

    public IReadOnlyList<string> DownUnreachable()
    {
        var unreachable = Cluster.State.Unreachable.Select(m => m.Address).ToList();
        foreach (var address in unreachable) Cluster.Down(address);
        return unreachable.Select(a => a.ToString()).ToList();
    }

    /// <summary>Parses an operator-typed address; accepts host:port for this system too.</summary>
    public Address ParseAddress(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
            text = $"{Cluster.SelfAddress.Protocol}://{_system.Name}@{text}";
        try
        {
            return Address.Parse(text);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            throw new ArgumentException($"'{text}' is not a cluster address (akka.tcp://system@host:port or host:port)", e);
        }
    }

    public bool IsMember(Address address) => Cluster.State.Members.Any(m => m.Address.Equals(address));
}
