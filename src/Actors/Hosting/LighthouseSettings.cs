using Hive.Actors.Security;

namespace Hive.Actors.Hosting;

/// <summary>
/// A lighthouse (seed-only node) configured like petabridge/lighthouse: <c>CLUSTER_IP</c> (default
/// 127.0.0.1), <c>CLUSTER_PORT</c> (4053), <c>CLUSTER_SEEDS</c> (comma-separated akka.tcp addresses;
/// default itself) and <c>ACTORSYSTEM</c> (hive). It joins, gossips and hosts no entities. Remoting TLS comes from the
/// flags <c>hive node</c> takes, or the same <c>HIVE__REMOTETLS*</c> variables (<see cref="RemoteTlsOptions"/>), since a cluster speaks TLS on every member or none.
/// The failure detector and the split-brain resolver read the nodes' <c>HIVE__HEARTBEATPAUSESECONDS</c> and
/// <c>HIVE__STABLEAFTERSECONDS</c> too: the resolver decides on the leader, which may be the lighthouse, so every member
/// must wait the same.
/// </summary>
public static class LighthouseSettings
{
    /// <summary>The settings from the environment and the command line; an <see cref="ArgumentException"/> names what is
    /// wrong (a port, an unknown flag, a flag without its value, a certificate the CA did not sign, a plain-TCP seed with TLS
    /// on).</summary>
    public static HiveNodeSettings FromEnvironment(Func<string, string?>? getEnv = null, IReadOnlyList<string>? args = null)
    {
        getEnv ??= Environment.GetEnvironmentVariable;
        var ip = getEnv("CLUSTER_IP") is { Length: > 0 } i ? i : "127.0.0.1";
        var portText = getEnv("CLUSTER_PORT") is { Length: > 0 } p ? p : "4053";
        if (!int.TryParse(portText, out var port) || port is < 1 or > 65535)
            throw new ArgumentException($"CLUSTER_PORT '{portText}' is not a port number (1-65535)");
        var system = getEnv("ACTORSYSTEM") is { Length: > 0 } s ? s : "hive";
        var defaults = new HiveNodeSettings();
        var tls = RemoteTls(Flags(args ?? []), getEnv);
        var seeds = (getEnv("CLUSTER_SEEDS") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var protocol = tls is null ? "akka.tcp://" : "akka.ssl.tcp://";
        if (seeds.FirstOrDefault(seed => !seed.StartsWith(protocol, StringComparison.Ordinal)) is { } wrong)
            throw new ArgumentException($"CLUSTER_SEEDS '{wrong}' is not a {protocol} address" +
                                        (tls is null ? "" : $" (with {RemoteTlsOptions.CertFlag} every member speaks TLS)"));
        return new HiveNodeSettings
        {
            SystemName = system,
            Hostname = ip,
            PublicHostname = ip == "0.0.0.0" ? "127.0.0.1" : ip,
            Port = port,
            Seeds = seeds,
            Roles = ["lighthouse"],
            HostsEntities = false,
            RemoteTls = tls,
            AcceptableHeartbeatPause = Seconds(getEnv, "HIVE__HEARTBEATPAUSESECONDS") ?? defaults.AcceptableHeartbeatPause,
            StableAfter = Seconds(getEnv, "HIVE__STABLEAFTERSECONDS") ?? defaults.StableAfter,
        };
    }

    private static TimeSpan? Seconds(Func<string, string?> getEnv, string variable) =>
        getEnv(variable) is not { Length: > 0 } text ? null
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"{variable} '{text}' is not a positive number of seconds");

    private static RemoteTls? RemoteTls(IReadOnlyDictionary<string, string> flags, Func<string, string?> getEnv)
    {
        try
        {
            string? Value(string flag) => flags.GetValueOrDefault(flag) ?? getEnv(RemoteTlsOptions.Flags.Single(f => f.Name == flag).Variable);
            return new RemoteTlsOptions(Value(RemoteTlsOptions.CertFlag), Value(RemoteTlsOptions.KeyFlag), Value(RemoteTlsOptions.CaFlag),
                getEnv(RemoteTlsOptions.PasswordVariable), Value(RemoteTlsOptions.PasswordFileFlag)).Load();
        }
        catch (CertificateFileException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <summary>The remoting TLS flags, as <c>--flag VALUE</c> or <c>--flag=VALUE</c>; anything else is refused by name.</summary>
    private static Dictionary<string, string> Flags(IReadOnlyList<string> args)
    {
        var known = RemoteTlsOptions.Flags.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n < args.Count; n++)
        {
            var (name, value) = args[n].IndexOf('=') is var eq and > 0 ? (args[n][..eq], args[n][(eq + 1)..]) : (args[n], null);
            if (!known.Contains(name))
                throw new ArgumentException($"unknown option '{name}': the lighthouse takes {string.Join(", ", known)}; the rest is environment (see --help)");
            value ??= n + 1 < args.Count && !args[n + 1].StartsWith("--", StringComparison.Ordinal) ? args[++n]
                : throw new ArgumentException($"{name} needs a file");
            flags[name] = value;
        }
        return flags;
    }
}
