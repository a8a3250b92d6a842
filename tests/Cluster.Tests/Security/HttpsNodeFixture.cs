using Hive.Actors.Security;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Security;

/// <summary>A real node serving HTTPS with a certificate of a CA the spec made, bound to every address (0.0.0.0) without
/// <c>--insecure-http</c>: the certificate is what allows it.</summary>
public sealed class HttpsNodeFixture : NodeFixture
{
    public TestCertificates Certificates { get; } = new();

    /// <summary>A second CA that signed nothing the node serves.</summary>
    public TestCertificates Stranger { get; } = new("Some Other CA");

    protected override void Configure(NodeOptions options)
    {
        var (certificate, key) = File.Exists(Path.Combine(Certificates.Folder, "node.crt"))
            ? (Path.Combine(Certificates.Folder, "node.crt"), Path.Combine(Certificates.Folder, "node.key"))
            : Certificates.Issue("node");
        options.TlsCert = certificate;
        options.TlsKey = key;
        options.HttpBind = "0.0.0.0";
    }

    protected override SocketsHttpHandler CreateHandler()
    {
        var handler = base.CreateHandler();
        var authority = new PrivateCa(CertificateFiles.LoadAuthority(Certificates.AuthorityFile));
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => authority.ServerProblem(certificate, errors) is null;
        return handler;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Certificates.Dispose();
        Stranger.Dispose();
    }
}
