using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Management;

/// <summary>What the status endpoints and `hive ctl` ask the cluster: membership, shard placement,
/// and the operator actions (join, leave, down).</summary>
public sealed class ClusterQueries(ActorSystem system, EntityGateway gateway)
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    private AkkaCluster Cluster => AkkaCluster.Get(system);

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

    public async Task<ShardsView> ShardsAsync()
    {
        var regions = new List<RegionView>();
        foreach (var name in RegionNames.All)
            regions.Add(await RegionAsync(name));
        return new ShardsView(regions);
    }

    public async Task<RegionView> RegionAsync(string region)
    {
        var stats = await gateway.Region(region).Ask<ClusterShardingStats>(new GetClusterShardingStats(AskTimeout), AskTimeout + TimeSpan.FromSeconds(1));
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
        var state = await gateway.Region(region).Ask<CurrentShardRegionState>(GetShardRegionState.Instance, AskTimeout);
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
            text = $"{Cluster.SelfAddress.Protocol}://{system.Name}@{text}";
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
