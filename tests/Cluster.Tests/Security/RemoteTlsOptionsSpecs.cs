using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Security;

/// <summary>`hive node --remote-tls-cert/--remote-tls-key/--remote-tls-ca` turned into the settings remoting runs with
/// (the join itself, and the refusal of strangers, is <c>RemoteTlsSpecs</c> in Actors.Tests).</summary>
public sealed class RemoteTlsOptionsSpecs : IDisposable
{
    private readonly TestCertificates _cluster = new("Hive Cluster CA");
    private readonly TestCertificates _other = new("Another CA");

    [Fact]
    public void A_node_certificate_of_the_cluster_ca_switches_remoting_to_tls_and_seeds_to_ssl_addresses()
    {
        var (certificate, key) = _cluster.Issue("node-1");

        var settings = NodeSettingsFactory.Create(new NodeOptions
        {
            Port = 6001, Seeds = "10.0.0.5:4053", RemoteTlsCert = certificate, RemoteTlsKey = key, RemoteTlsCa = _cluster.AuthorityFile,
        });

        Assert.NotNull(settings.RemoteTls);
        Assert.Equal("akka.ssl.tcp://hive@127.0.0.1:6001", settings.SelfAddress);
        Assert.Equal(["akka.ssl.tcp://hive@10.0.0.5:4053"], settings.Seeds);
        Assert.Contains("enable-ssl = on", HiveHocon.Build(settings));
    }

    [Fact]
    public void A_certificate_without_the_clusters_ca_is_refused_before_the_node_starts()
    {
        var (certificate, key) = _other.Issue("node-x");

        var noCa = Assert.Throws<OptionsException>(() => NodeSettingsFactory.Create(new NodeOptions { RemoteTlsCert = certificate, RemoteTlsKey = key }));
        var wrongCa = Assert.Throws<OptionsException>(() => NodeSettingsFactory.Create(new NodeOptions
        {
            RemoteTlsCert = certificate, RemoteTlsKey = key, RemoteTlsCa = _cluster.AuthorityFile,
        }));

        Assert.Contains("--remote-tls-ca", noCa.Message);
        Assert.Contains("does not chain to the trusted CA", wrongCa.Message);
    }

    [Fact]
    public void Without_a_remoting_certificate_remoting_stays_plain_tcp()
    {
        var settings = NodeSettingsFactory.Create(new NodeOptions { Port = 6001 });

        Assert.Null(settings.RemoteTls);
        Assert.Equal("akka.tcp://hive@127.0.0.1:6001", settings.SelfAddress);
        Assert.Contains("enable-ssl = off", HiveHocon.Build(settings));
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _other.Dispose();
    }
}
