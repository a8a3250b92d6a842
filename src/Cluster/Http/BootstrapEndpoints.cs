using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster;
using Hive.Cluster.Security;
using Newtonsoft.Json;
using static Akka.Management.Cluster.Bootstrap.ContactPoint.HttpBootstrapJsonProtocol;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Http;

/// <summary>
/// The contact-point route cluster bootstrap probes (<c>GET /bootstrap/seed-nodes</c>), open like the health probes: this
/// node's address and the members other nodes may join through. It answers what Akka.Management's own route answers, in
/// Akka.Management's own types through Newtonsoft.Json, which is what its probe reads them back with.
/// </summary>
public static class BootstrapEndpoints
{
    /// <summary>Akka.Management's route lists at most this many members (its <c>MaxSeedNodesToExpose</c>).</summary>
    public const int MaxSeedNodes = 5;

    public static void Map(WebApplication app) =>
        app.MapGet("/bootstrap/seed-nodes", (ActorSystem system) => Results.Content(
            JsonConvert.SerializeObject(SeedNodesOf(AkkaCluster.Get(system))), "application/json")).RequireAccess(ApiAccess.Open);

    /// <summary>A member leaving or gone offers no cluster to join; otherwise the reachable members that are Up, WeaklyUp or
    /// Joining, shuffled so that joiners spread over them.</summary>
    internal static SeedNodes SeedNodesOf(AkkaCluster cluster)
    {
        var self = cluster.SelfMember;
        if (self.Status is MemberStatus.Leaving or MemberStatus.Exiting or MemberStatus.Down or MemberStatus.Removed)
            return new SeedNodes(self.Address, []);
        var state = cluster.State;
        var members = state.Members
            .Where(m => !state.Unreachable.Contains(m) && m.Status is MemberStatus.Up or MemberStatus.WeaklyUp or MemberStatus.Joining)
            .Take(MaxSeedNodes)
            .Select(m => new ClusterMember(m.Address, m.UniqueAddress.Uid, m.Status, m.Roles))
            .OrderBy(_ => Random.Shared.Next())
            .ToImmutableList();
        return new SeedNodes(self.Address, members);
    }
}
