using Hive.Actors.Diagnostics;
using Hive.Actors.Hosting;
using Hive.Actors.Security;
using Hive.TestSupport;

namespace Hive.Actors.Tests.Security;

/// <summary>Remoting over TLS with mutual authentication, on real actor systems over loopback: a node with a certificate of
/// the cluster's CA joins; one with another CA's certificate, or with none, never becomes a member.</summary>
public sealed class RemoteTlsSpecs : IDisposable
{
    private readonly TestCertificates _cluster = new("Hive Cluster CA");
    private readonly TestCertificates _other = new("Another CA");

    [Fact]
    public async Task A_node_with_the_clusters_certificate_joins_and_nodes_without_one_are_refused()
    {
        var seed = Settings(Tls(_cluster, "seed"), seeds: []);
        Assert.StartsWith("akka.ssl.tcp://", seed.SelfAddress);
        var seeds = new[] { seed.SelfAddress };
        var refusedBefore = HiveCounters.Get(RemoteTls.RefusedCounter);
        await using var seedNode = await TestNode.StartAsync(seed);
        await using var member = await TestNode.StartAsync(Settings(Tls(_cluster, "member"), seeds));
        await using var stranger = await TestNode.StartAsync(Settings(Tls(_other, "stranger"), seeds));
        // A node without TLS dials the seed's port in plain TCP (an akka.tcp address), as an intruder would.
        await using var plain = await TestNode.StartAsync(Settings(null, [seed.SelfAddress.Replace("akka.ssl.tcp://", "akka.tcp://")]));

        await ClusterMembers.OnlyMemberJoinsAsync(seedNode, member, stranger, plain);
        Assert.True(HiveCounters.Get(RemoteTls.RefusedCounter) >= refusedBefore + 1, "no TLS refusal was counted");
    }

    [Fact]
    public void Remoting_tls_is_switched_on_in_the_hocon_only_with_a_certificate()
    {
        Assert.Contains("enable-ssl = on", HiveHocon.Build(Settings(Tls(_cluster, "hocon"), [])));
        Assert.Contains("enable-ssl = off", HiveHocon.Build(Settings(null, [])));
    }

    private static HiveNodeSettings Settings(RemoteTls? tls, IReadOnlyList<string> seeds) => new()
    {
        Port = FreePort.Next(),
        Seeds = seeds,
        Roles = ["lighthouse"],
        HostsEntities = false,
        RemoteTls = tls,
        JournalConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"hive-tls-{Guid.NewGuid():N}.db")}",
    };

    private static RemoteTls Tls(TestCertificates certificates, string name)
    {
        var (certificate, key) = certificates.Issue(name);
        return new RemoteTls(CertificateFiles.LoadWithKey(certificate, key, null), new PrivateCa(CertificateFiles.LoadAuthority(certificates.AuthorityFile)));
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _other.Dispose();
    }
}
