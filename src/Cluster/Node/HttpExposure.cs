using System.Net;

namespace Hive.Cluster.Node;

/// <summary>Who can reach the node's HTTP server: plain HTTP only on loopback unless told <c>--insecure-http</c>, and which
/// Host headers it answers (DNS rebinding: a page from evil.example whose name now points at 127.0.0.1 sends
/// <c>Host: evil.example</c>, which a loopback node refuses).</summary>
public static class HttpExposure
{
    public static bool IsLoopback(string bind) =>
        bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(bind.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Refuses (exit 2) plain HTTP beyond loopback without <c>--insecure-http</c>: API keys would cross the network in clear.</summary>
    public static void Check(NodeOptions options)
    {
        if (!IsLoopback(options.HttpBind) && !options.InsecureHttp)
            throw new OptionsException($"--http-bind {options.HttpBind} would serve API keys over plain HTTP beyond this machine; " +
                                       "put a TLS-terminating proxy in front and pass --insecure-http (HIVE__INSECUREHTTP=true), or bind 127.0.0.1");
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
