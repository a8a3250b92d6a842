using Hive.Actors.Hosting;
using Hive.Actors.Security;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Security;

/// <summary>The lighthouse with the remoting TLS flags of <c>hive node</c>: configured from its command line and
/// environment exactly as its Program is, started over loopback; a node configured by <c>hive node</c>'s options joins
/// through it with the cluster's certificate, and nodes with another CA's certificate or none never become members.</summary>
public sealed class LighthouseTlsSpecs : IDisposable
{
    private readonly TestCertificates _cluster = new("Hive Cluster CA");
    private readonly TestCertificates _other = new("Another CA");
    private readonly string _dataDir = Directory.CreateTempSubdirectory("hive-lighthouse-tls-").FullName;

    [Fact]
    public async Task A_node_with_the_clusters_certificate_joins_through_a_tls_lighthouse_and_nodes_without_one_never_become_members()
    {
        var port = FreePort.Next();
        var (certificate, key) = _cluster.Issue("lighthouse");
        // The CA as the same variable hive node reads, the certificate and key as flags (one as --flag=VALUE).
        var lighthouse = LighthouseSettings.FromEnvironment(Env(port, ("HIVE__REMOTETLSCA", _cluster.AuthorityFile)),
            [RemoteTlsOptions.CertFlag, certificate, $"{RemoteTlsOptions.KeyFlag}={key}"]);
        Assert.Equal($"akka.ssl.tcp://hive@127.0.0.1:{port}", lighthouse.SelfAddress);
        await using var seed = await TestNode.StartAsync(lighthouse);
        await using var member = await TestNode.StartAsync(Node(_cluster, "member", $"127.0.0.1:{port}"));
        await using var stranger = await TestNode.StartAsync(Node(_other, "stranger", $"127.0.0.1:{port}"));
        await using var plain = await TestNode.StartAsync(Node(null, "plain", $"127.0.0.1:{port}"));

        await ClusterMembers.OnlyMemberJoinsAsync(seed, member, stranger, plain);
    }

    [Fact]
    public void The_lighthouse_refuses_a_certificate_of_another_ca_an_unknown_flag_and_plain_tcp_seeds_under_tls()
    {
        var (stranger, strangerKey) = _other.Issue("stranger");
        var (certificate, key) = _cluster.Issue("lighthouse");
        string[] tls = [RemoteTlsOptions.CertFlag, certificate, RemoteTlsOptions.KeyFlag, key, RemoteTlsOptions.CaFlag, _cluster.AuthorityFile];

        var wrongCa = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(Env(4053),
            [RemoteTlsOptions.CertFlag, stranger, RemoteTlsOptions.KeyFlag, strangerKey, RemoteTlsOptions.CaFlag, _cluster.AuthorityFile]));
        var noCa = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(Env(4053), [RemoteTlsOptions.CertFlag, certificate]));
        var unknown = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(Env(4053), ["--tls-cert", certificate]));
        var noValue = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(Env(4053), [RemoteTlsOptions.CertFlag]));
        var plainSeed = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(
            k => k == "CLUSTER_SEEDS" ? "akka.tcp://hive@10.0.0.5:4053" : null, tls));

        Assert.Contains("does not chain to the trusted CA", wrongCa.Message);
        Assert.Contains(RemoteTlsOptions.CaFlag, noCa.Message);
        Assert.Contains("unknown option '--tls-cert'", unknown.Message);
        Assert.Contains($"{RemoteTlsOptions.CertFlag} needs a file", noValue.Message);
        Assert.Contains("not a akka.ssl.tcp:// address", plainSeed.Message);
        Assert.Null(LighthouseSettings.FromEnvironment(Env(4053)).RemoteTls);
    }

    private static Func<string, string?> Env(int port, params (string Name, string Value)[] more) => k =>
        k == "CLUSTER_PORT" ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : more.FirstOrDefault(v => v.Name == k).Value;

    /// <summary>A node's settings as <c>hive node --seeds ... --remote-tls-*</c> makes them, each on a journal of its own.</summary>
    private Actors.Hosting.HiveNodeSettings Node(TestCertificates? certificates, string name, string seeds)
    {
        var (certificate, key) = certificates?.Issue(name) ?? (null, null);
        Directory.CreateDirectory(Path.Combine(_dataDir, name));
        return NodeSettingsFactory.Create(new NodeOptions
        {
            Port = FreePort.Next(), Seeds = seeds, DataDir = Path.Combine(_dataDir, name),
            RemoteTlsCert = certificate, RemoteTlsKey = key, RemoteTlsCa = certificates?.AuthorityFile,
        });
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _other.Dispose();
        try { Directory.Delete(_dataDir, true); } catch (IOException) { }
    }
}
