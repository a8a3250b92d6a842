using Hive.Actors.Security;
using Hive.Cluster.Node;

namespace Hive.Cluster.Tests.Security;

/// <summary>`hive cert create`: the cluster's CA made once, node certificates it signs, usable for HTTPS and remoting TLS.</summary>
public sealed class CertCommandSpecs : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("hive-cert-").FullName, "certs");

    [Fact]
    public async Task Cert_create_makes_the_ca_once_and_node_certificates_that_chain_to_it()
    {
        var first = await InProcessHive.RunAsync("cert", "create", _folder, "--node", "node-1");
        var ca = await File.ReadAllTextAsync(Path.Combine(_folder, "ca.crt"));
        var second = await InProcessHive.RunAsync("cert", "create", _folder, "--node", "node-2", "--hosts", "node-2.internal,10.0.0.7");
        var again = await InProcessHive.RunAsync("cert", "create", _folder, "--node", "node-1");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(ca, await File.ReadAllTextAsync(Path.Combine(_folder, "ca.crt")));
        Assert.DoesNotContain("ca.crt", second.Stdout);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", again.Stderr);
        var authority = new PrivateCa(CertificateFiles.LoadAuthority(Path.Combine(_folder, "ca.crt")));
        foreach (var node in new[] { "node-1", "node-2" })
        {
            using var certificate = CertificateFiles.LoadWithKey(Path.Combine(_folder, $"{node}.crt"), Path.Combine(_folder, $"{node}.key"), null);
            Assert.Null(authority.Problem(certificate));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, $"{node}.key")));
        }
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, "ca.key")));
    }

    [Fact]
    public async Task A_node_certificate_from_cert_create_configures_https_and_remoting_tls()
    {
        await InProcessHive.RunAsync("cert", "create", _folder, "--node", "node-1");
        var (certificate, key) = (Path.Combine(_folder, "node-1.crt"), Path.Combine(_folder, "node-1.key"));

        var options = new NodeOptions { TlsCert = certificate, TlsKey = key, RemoteTlsCert = certificate, RemoteTlsKey = key, RemoteTlsCa = Path.Combine(_folder, "ca.crt") };
        using var https = HttpExposure.Certificate(options);

        Assert.True(https!.HasPrivateKey);
        Assert.NotNull(NodeSettingsFactory.Create(options).RemoteTls);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_folder)!, true); } catch (IOException) { }
    }
}
