using System.Security.Cryptography.X509Certificates;
using Hive.Actors.Security;

namespace Hive.TestSupport;

/// <summary>A private CA and certificates it signed for 127.0.0.1 and localhost, written as PEM files into a temporary
/// folder (deleted on dispose): what the TLS specs start nodes with.</summary>
public sealed class TestCertificates : IDisposable
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1"];

    public TestCertificates(string caName = "Hive Test CA")
    {
        Folder = Directory.CreateTempSubdirectory("hive-certs-").FullName;
        Authority = CertificateMaker.CreateAuthority(caName, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        AuthorityFile = Path.Combine(Folder, $"{Guid.NewGuid():N}-ca.pem");
        CertificateMaker.WritePem(Authority, AuthorityFile, keyFile: null);
    }

    public string Folder { get; }

    public X509Certificate2 Authority { get; }

    /// <summary>The CA's certificate (PEM, no key): what clients and peers trust.</summary>
    public string AuthorityFile { get; }

    /// <summary>A certificate for <paramref name="name"/> signed by this CA, as PEM files: (certificate, key).</summary>
    public (string Certificate, string Key) Issue(string name)
    {
        using var issued = CertificateMaker.Issue(Authority, name, Loopback, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certificate = Path.Combine(Folder, $"{name}.crt");
        var key = Path.Combine(Folder, $"{name}.key");
        CertificateMaker.WritePem(issued, certificate, key);
        return (certificate, key);
    }

    public void Dispose()
    {
        Authority.Dispose();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
