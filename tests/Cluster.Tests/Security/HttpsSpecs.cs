using System.Security.Cryptography.X509Certificates;
using Hive.Actors.Security;
using Hive.Cluster.Ctl;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Security;

/// <summary>A node serving HTTPS from a certificate file, and `hive ctl` checking that certificate.</summary>
public sealed class HttpsSpecs(HttpsNodeFixture node) : IClassFixture<HttpsNodeFixture>
{
    private string Https => $"https://{node.HttpAddress}";

    [Fact]
    public async Task Ctl_trusting_the_nodes_ca_reads_the_cluster_over_https()
    {
        var (exit, stdout, stderr) = await InProcessHive.RunAsync("ctl", Https, "cluster", "show", "--ca", node.Certificates.AuthorityFile,
            "--token-file", node.TokenFile);

        Assert.True(exit == CtlExit.Ok, stderr);
        Assert.Contains($"127.0.0.1:{node.Options.Port}", stdout);
    }

    [Fact]
    public async Task Ctl_takes_the_ca_from_HIVE_CTL_CA_and_a_bare_address_then_means_https()
    {
        var (exit, stdout, stderr) = await NodeFixture.RunHiveAsync(["ctl", node.HttpAddress, "cluster", "show", "--token-file", node.TokenFile],
            environment: new Dictionary<string, string?> { ["HIVE_CTL_CA"] = node.Certificates.AuthorityFile });

        Assert.True(exit == CtlExit.Ok, stderr);
        Assert.Contains($"127.0.0.1:{node.Options.Port}", stdout);
    }

    [Fact]
    public async Task Ctl_without_the_ca_refuses_the_certificate_and_names_the_problem()
    {
        var (exit, _, stderr) = await InProcessHive.RunAsync("ctl", Https, "cluster", "show", "--token-file", node.TokenFile);

        Assert.Equal(CtlExit.Unreachable, exit);
        Assert.Contains("HTTPS certificate", stderr);
        Assert.Contains("CN=node", stderr);
        Assert.Contains("issued by 'CN=Hive Test CA') is not trusted by this machine", stderr);
        Assert.Contains("--ca", stderr);
    }

    [Fact]
    public async Task Ctl_trusting_another_ca_refuses_the_certificate()
    {
        var (exit, _, stderr) = await InProcessHive.RunAsync("ctl", Https, "cluster", "show", "--ca", node.Stranger.AuthorityFile,
            "--token-file", node.TokenFile);

        Assert.Equal(CtlExit.Unreachable, exit);
        Assert.Contains("does not chain to the trusted CA", stderr);
        Assert.Contains(node.Stranger.AuthorityFile, stderr);
    }

    [Fact]
    public async Task Plain_http_to_the_https_port_is_refused()
    {
        using var plain = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        await Assert.ThrowsAsync<HttpRequestException>(() => plain.GetAsync($"http://{node.HttpAddress}/health/live"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await node.Http.GetAsync("health/live")).StatusCode);
    }

    [Fact]
    public void With_a_certificate_a_node_may_bind_beyond_loopback_without_insecure_http()
    {
        HttpExposure.Check(new NodeOptions { HttpBind = "0.0.0.0", TlsCert = node.Options.TlsCert });

        Assert.Equal("0.0.0.0", node.Options.HttpBind);
        Assert.False(node.Options.InsecureHttp);
    }

    [Fact]
    public void A_missing_certificate_file_stops_the_node_naming_the_file()
    {
        var missing = Path.Combine(node.Certificates.Folder, "missing.crt");

        var refused = Assert.Throws<OptionsException>(() => HttpExposure.Certificate(new NodeOptions { TlsCert = missing }));

        Assert.Contains(missing, refused.Message);
        Assert.Contains("does not exist", refused.Message);
    }

    [Fact]
    public void A_pfx_opens_with_the_password_from_its_file_and_a_wrong_password_is_named()
    {
        using var issued = CertificateMaker.Issue(node.Certificates.Authority, "pfx-node", ["localhost"], DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1));
        var pfx = Path.Combine(node.Certificates.Folder, "node.pfx");
        var passwordFile = Path.Combine(node.Certificates.Folder, "pfx.password");
        File.WriteAllBytes(pfx, issued.Export(X509ContentType.Pkcs12, "s3cret"));
        File.WriteAllText(passwordFile, "s3cret\n");

        var options = new NodeOptions { TlsCert = pfx, TlsPasswordFile = passwordFile };
        using var loaded = HttpExposure.Certificate(options)!;
        var refused = Assert.Throws<OptionsException>(() => HttpExposure.Certificate(new NodeOptions { TlsCert = pfx, TlsPassword = "wrong" }));

        Assert.True(loaded.HasPrivateKey);
        Assert.Equal("CN=pfx-node", loaded.Subject);
        Assert.Contains(pfx, refused.Message);
    }
}
