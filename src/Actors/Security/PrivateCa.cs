using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Hive.Actors.Security;

/// <summary>Checks a peer's certificate against a private CA only (not the machine's trust store): a cluster trusts the
/// certificates its own CA signed, and a certificate from any public CA is a stranger. Used by `hive ctl` for a node's
/// HTTPS certificate and by remoting for the certificate each node presents.</summary>
public sealed class PrivateCa(X509Certificate2Collection authority)
{
    public X509Certificate2Collection Authority { get; } = authority;

    /// <summary>Null when <paramref name="certificate"/> chains to the CA and is valid now; else what is wrong with it.</summary>
    public string? Problem(X509Certificate? certificate)
    {
        if (certificate is null) return "no certificate was presented";
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Authority);
        // A private CA publishes no revocation list; a certificate is withdrawn by re-issuing the CA.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = new X509Certificate2(certificate);
        if (chain.Build(presented)) return null;
        var reasons = chain.ChainStatus.Select(s => s.Status.ToString()).Distinct();
        return $"certificate '{presented.Subject}' (issued by '{presented.Issuer}') does not chain to the trusted CA: {string.Join(", ", reasons)}";
    }

    /// <summary>The outcome of a TLS client's check of a server certificate: the platform's verdict, except that a chain error
    /// is settled by this CA. A name that does not match the address is never excused.</summary>
    public string? ServerProblem(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            return $"certificate '{(certificate as X509Certificate2)?.Subject ?? certificate?.Subject}' is not issued for this host name or address";
        if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) return "no certificate was presented";
        return errors == SslPolicyErrors.None ? null : Problem(certificate);
    }
}
