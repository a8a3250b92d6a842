using System.Security.Cryptography.X509Certificates;
using Akka.Event;
using Akka.Remote.Transport.DotNetty;
using Hive.Actors.Diagnostics;

namespace Hive.Actors.Security;

/// <summary>Remoting over TLS with mutual authentication: a node presents <see cref="Certificate"/> on every connection, in
/// and out, and accepts a peer only if the peer's certificate chains to the cluster's CA (<see cref="Authority"/>), not to
/// whatever the machine's trust store holds. A host without such a certificate cannot complete the handshake, so it never
/// sends a message, let alone joins; each refusal is logged and counted (<see cref="RefusedCounter"/>).</summary>
public sealed record RemoteTls(X509Certificate2 Certificate, PrivateCa Authority)
{
    /// <summary>The <see cref="HiveCounters"/> key counting peers refused at the TLS handshake.</summary>
    public const string RefusedCounter = "remoting-tls-refused";

    /// <summary>The transport's TLS set-up: chain validation by this CA (suppress-validation off), client certificates
    /// required, and no host-name check (nodes reach each other by addresses a certificate need not name; the CA is the
    /// identity).</summary>
    public DotNettySslSetup Setup() => new(Certificate, suppressValidation: false, requireMutualAuthentication: true,
        validateCertificateHostname: false, customValidator: Validate);

    private bool Validate(X509Certificate2? certificate, X509Chain? chain, string remotePeer, System.Net.Security.SslPolicyErrors errors,
        ILoggingAdapter log)
    {
        if (Authority.Problem(certificate) is not { } problem) return true;
        HiveCounters.Record(RefusedCounter);
        log.Warning("Refused remoting peer {0} at the TLS handshake: {1}", remotePeer, problem);
        return false;
    }
}
