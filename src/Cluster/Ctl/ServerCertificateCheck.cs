using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Hive.Actors.Security;

namespace Hive.Cluster.Ctl;

/// <summary>How `hive ctl` checks a node's HTTPS certificate: against the CA of <c>--ca</c> when given (a private CA, the usual
/// case for a cluster), else against the machine's trust store. It keeps what was wrong with a refused certificate, so the
/// error names the certificate problem instead of the TLS stack's "see inner exception".</summary>
public sealed class ServerCertificateCheck(PrivateCa? authority, string? authorityFile)
{
    public string? Problem { get; private set; }

    public bool Validate(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Problem = authority is not null ? authority.ServerProblem(certificate, errors) : MachineVerdict(certificate, chain, errors);
        return Problem is null;
    }

    /// <summary>What to do about <see cref="Problem"/>.</summary>
    public string Advice => authorityFile is null
        ? "if a private CA signed it, pass --ca FILE (or HIVE_CTL_CA) with that CA's certificate"
        : $"it must be signed by the CA in --ca {authorityFile} and name the host you connect to";

    private static string? MachineVerdict(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return null;
        if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) return "no certificate was presented";
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            return $"certificate '{certificate?.Subject}' is not issued for this host name or address";
        var reasons = chain?.ChainStatus.Select(s => s.Status.ToString()).Distinct() ?? [];
        return $"certificate '{certificate?.Subject}' (issued by '{certificate?.Issuer}') is not trusted by this machine: {string.Join(", ", reasons)}";
    }
}
