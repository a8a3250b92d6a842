using System.Security.Cryptography.X509Certificates;

namespace Hive.Actors.Security;

/// <summary>
/// The remoting TLS settings as an operator gives them: certificate, key and CA files and the password (from the
/// environment, or a file; never a flag). <c>hive node</c> and the lighthouse read the same flags (<see cref="Flags"/>)
/// and turn them into a <see cref="RemoteTls"/> here, so both check a certificate against the cluster's CA the same way
/// before they start, and every member of a cluster speaks TLS, or none does.
/// </summary>
public sealed record RemoteTlsOptions(string? Cert, string? Key, string? Ca, string? Password = null, string? PasswordFile = null)
{
    public const string CertFlag = "--remote-tls-cert";
    public const string KeyFlag = "--remote-tls-key";
    public const string CaFlag = "--remote-tls-ca";
    public const string PasswordFileFlag = "--remote-tls-password-file";

    /// <summary>The environment variable holding the password itself.</summary>
    public const string PasswordVariable = "HIVE__REMOTETLSPASSWORD";

    /// <summary>Each flag with the environment variable that stands in for it and the help text both commands print.</summary>
    public static readonly IReadOnlyList<(string Name, string Variable, string Description)> Flags =
    [
        (CertFlag, "HIVE__REMOTETLSCERT", "Remoting over TLS with mutual authentication: this node's certificate (PEM or .pfx), signed by --remote-tls-ca; only " +
                   "nodes with a certificate of that CA can connect and join; addresses become akka.ssl.tcp:// (HIVE__REMOTETLSCERT)."),
        (KeyFlag, "HIVE__REMOTETLSKEY", "PEM private key of --remote-tls-cert (HIVE__REMOTETLSKEY)."),
        (CaFlag, "HIVE__REMOTETLSCA", "The cluster's CA certificate (PEM) every peer's remoting certificate must chain to (HIVE__REMOTETLSCA)."),
        (PasswordFileFlag, "HIVE__REMOTETLSPASSWORDFILE", $"File holding the password of --remote-tls-cert's .pfx or encrypted key (or {PasswordVariable}; never a flag)."),
    ];

    /// <summary>Remoting TLS with these files, or null for plain TCP when no file is given. Throws
    /// <see cref="CertificateFileException"/> naming the flag or file that is wrong: a key or CA without a certificate, a
    /// certificate without the CA, an unreadable file, or a certificate that does not chain to the CA (the peers would refuse
    /// it, so starting would only make a node that never joins).</summary>
    public RemoteTls? Load()
    {
        if (string.IsNullOrWhiteSpace(Cert))
            return string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Ca) ? null
                : throw new CertificateFileException($"{KeyFlag} and {CaFlag} need {CertFlag} (this node's certificate)");
        if (string.IsNullOrWhiteSpace(Ca))
            throw new CertificateFileException($"{CertFlag} needs {CaFlag}: the cluster's CA certificate, which every peer's certificate must chain to");
        X509Certificate2 certificate;
        PrivateCa authority;
        try
        {
            certificate = CertificateFiles.LoadWithKey(Cert, string.IsNullOrWhiteSpace(Key) ? null : Key, CertificateFiles.Password(Password, PasswordFile));
            authority = new PrivateCa(CertificateFiles.LoadAuthority(Ca));
        }
        catch (CertificateFileException e)
        {
            throw new CertificateFileException($"remoting TLS: {e.Message}", e);
        }
        return authority.Problem(certificate) is { } problem
            ? throw new CertificateFileException($"{CertFlag} '{Cert}': {problem} ({CaFlag} '{Ca}'); the other nodes would refuse it")
            : new RemoteTls(certificate, authority);
    }
}
