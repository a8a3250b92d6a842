using System.Net;
using System.Security.Cryptography.X509Certificates;
using Hive.Actors.Security;

namespace Hive.Cluster.Node;

/// <summary>Who can reach the node's HTTP server: HTTPS with <c>--tls-cert</c>, plain HTTP only on loopback unless told
/// <c>--insecure-http</c>, and which
/// Host headers it answers (DNS rebinding: a page from evil.example whose name now points at 127.0.0.1 sends
/// <c>Host: evil.example</c>, which a loopback node refuses).</summary>
public static class HttpExposure
{
    public static bool IsLoopback(string bind) =>
        bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(bind.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Refuses (exit 2) plain HTTP beyond loopback without <c>--insecure-http</c>: API keys would cross the network in clear.</summary>
    public static void Check(NodeOptions options)
    {
        if (!IsLoopback(options.HttpBind) && !options.InsecureHttp && string.IsNullOrWhiteSpace(options.TlsCert))
            throw new OptionsException($"--http-bind {options.HttpBind} would serve API keys over plain HTTP beyond this machine; " +
                                       "serve HTTPS with --tls-cert FILE, or put a TLS-terminating proxy in front and pass --insecure-http " +
                                       "(HIVE__INSECUREHTTP=true), or bind 127.0.0.1");
    }

    /// <summary>The certificate the HTTP server serves HTTPS with, or null for plain HTTP.</summary>
    public static X509Certificate2? Certificate(NodeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TlsCert))
            return string.IsNullOrWhiteSpace(options.TlsKey) ? null : throw new OptionsException("--tls-key needs --tls-cert (the certificate it belongs to)");
        try
        {
            return CertificateFiles.LoadWithKey(options.TlsCert, string.IsNullOrWhiteSpace(options.TlsKey) ? null : options.TlsKey,
                CertificateFiles.Password(options.TlsPassword, options.TlsPasswordFile));
        }
        catch (CertificateFileException e)
        {
            throw new OptionsException($"--tls-cert: {e.Message}");
        }
    }

    /// <summary>The Host names answered, or null for any.</summary>
    public static IReadOnlySet<string>? AllowedHosts(NodeOptions options)
    {
        var configured = options.AllowedHosts?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (configured.Contains("*")) return null;
        if (configured.Length == 0 && !IsLoopback(options.HttpBind)) return null;
        return new HashSet<string>(configured.Length > 0 ? configured : ["localhost", "127.0.0.1", "[::1]", options.HttpBind], StringComparer.OrdinalIgnoreCase);
    }
}
