using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Hive.Actors.Hosting;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.TestSupport;

/// <summary>Several real nodes in one process over loopback, sharing one journal.</summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private LocalCluster(IReadOnlyList<TestNode> nodes) => Nodes = nodes;

    public IReadOnlyList<TestNode> Nodes { get; }

    public IEnumerable<TestNode> Alive => Nodes.Where(n => !n.Crashed);

    /// <summary>Starts <paramref name="count"/> nodes (the first is the seed) and waits until all are Up.</summary>
    public static async Task<LocalCluster> StartAsync(int count, HiveNodeSettings template, TimeSpan? timeout = null)
    {
        var ports = Enumerable.Range(0, count).Select(_ => FreePort.Next()).ToList();
        var seed = template with { Port = ports[0] };
        var nodes = new List<TestNode>();
        foreach (var port in ports)
        {
            var settings = template with
            {
                Port = port,
                Seeds = [seed.SelfAddress],
                ExtraHocon = TestNode.CrashableHocon + (template.ExtraHocon ?? ""),
            };
            nodes.Add(await TestNode.StartAsync(settings));
        }

        var cluster = new LocalCluster(nodes);
        await cluster.WaitUntilAsync(c => c.Alive.All(n => UpMembers(n) == count), timeout ?? TimeSpan.FromSeconds(30), $"{count} members Up");
        return cluster;
    }

    public static int UpMembers(TestNode node) =>
        AkkaCluster.Get(node.System).State.Members.Count(m => m.Status == MemberStatus.Up);

    /// <summary>Entity ids the node currently hosts in a region.</summary>
    public static async Task<IReadOnlySet<string>> HostedAsync(TestNode node, string region)
    {
        var state = await node.Gateway.Region(region).Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(5));
        return state.Shards.SelectMany(s => s.EntityIds).ToHashSet();
    }

    public async Task WaitUntilAsync(Func<LocalCluster, bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"cluster did not reach '{what}' within {within}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes.Reverse())
            await node.DisposeAsync();
    }
}
