using Akka.Cluster;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.TestSupport;

/// <summary>Who a node sees in its cluster, for the specs that show a node joins, or never does.</summary>
public static class ClusterMembers
{
    /// <summary>The addresses of every member <paramref name="node"/> knows, in any status.</summary>
    public static IReadOnlyList<string> Of(TestNode node) =>
        AkkaCluster.Get(node.System).State.Members.Select(m => m.Address.ToString()).ToList();

    /// <summary>The addresses of the members <paramref name="node"/> sees Up.</summary>
    public static IReadOnlyList<string> UpOf(TestNode node) =>
        AkkaCluster.Get(node.System).State.Members.Where(m => m.Status == MemberStatus.Up).Select(m => m.Address.ToString()).ToList();

    /// <summary>The TLS join check: <paramref name="member"/> becomes Up on <paramref name="seed"/> within 30 s, none of
    /// <paramref name="strangers"/> is ever a member of it (judged for 8 s), the seed and the member are all it has Up, and no
    /// stranger counts the seed among its own members.</summary>
    public static async Task OnlyMemberJoinsAsync(TestNode seed, TestNode member, params TestNode[] strangers)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(UpOf(seed).Contains(member.Settings.SelfAddress)),
            "the node with a certificate of the cluster's CA did not join within 30 s", TimeSpan.FromSeconds(30));
        await StayOutAsync(seed, strangers.Select(s => s.Settings.SelfAddress).ToList(), TimeSpan.FromSeconds(8));
        Xunit.Assert.Equal(new[] { seed.Settings.SelfAddress, member.Settings.SelfAddress }.Order(), UpOf(seed).Order());
        foreach (var stranger in strangers) Xunit.Assert.DoesNotContain(seed.Settings.SelfAddress, Of(stranger));
    }

    /// <summary>Fails as soon as <paramref name="node"/> lists one of <paramref name="strangers"/> as a member, checked for
    /// <paramref name="during"/>: a refused node keeps retrying its seed, so "never" is judged over several join attempts.</summary>
    public static async Task StayOutAsync(TestNode node, IReadOnlyList<string> strangers, TimeSpan during)
    {
        var deadline = DateTime.UtcNow + during;
        while (DateTime.UtcNow < deadline)
        {
            var members = Of(node);
            foreach (var stranger in strangers) Xunit.Assert.DoesNotContain(stranger, members);
            await Task.Delay(250);
        }
    }
}
