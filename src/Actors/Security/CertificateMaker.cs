using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hive.Actors.Security;

/// <summary>Makes a private CA and the certificates it signs for nodes (HTTPS and remoting): what `hive cert create` writes
/// and what the TLS specs run with. ECDSA P-256 keys, SHA-256 signatures; a node certificate is good for both sides of a TLS
/// connection (server and client authentication), since remoting connects both ways and asks both for a certificate.</summary>
public static class CertificateMaker
{
    public static X509Certificate2 CreateAuthority(string name, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={name}"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>A certificate for <paramref name="name"/> signed by <paramref name="authority"/> (which holds its key), valid for
    /// the host names and IP addresses in <paramref name="hosts"/>.</summary>
    public static X509Certificate2 Issue(X509Certificate2 authority, string name, IEnumerable<string> hosts, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={name}"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication"), new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication")], false));
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in hosts)
        {
            if (IPAddress.TryParse(host, out var ip)) names.AddIpAddress(ip);
            else names.AddDnsName(host);
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var signed = request.Create(authority, notBefore, notAfter < authority.NotAfter ? notAfter : authority.NotAfter, serial);
        return signed.CopyWithPrivateKey(key);
    }

    /// <summary>Writes the certificate (PEM) and, when it has one, its private key (PKCS#8 PEM, created with mode 0600).</summary>
    public static void WritePem(X509Certificate2 certificate, string certificateFile, string? keyFile)
    {
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem() + "\n");
        if (keyFile is null) return;
        var key = certificate.GetECDsaPrivateKey() ?? throw new CertificateFileException($"the certificate for '{keyFile}' has no private key");
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(keyFile, System.Text.Encoding.ASCII, create);
        writer.Write(key.ExportPkcs8PrivateKeyPem() + "\n");
    }
}
