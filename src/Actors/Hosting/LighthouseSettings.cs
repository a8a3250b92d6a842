namespace Hive.Actors.Hosting;

/// <summary>
/// A lighthouse (seed-only node) configured like petabridge/lighthouse: <c>CLUSTER_IP</c> (default
/// 127.0.0.1), <c>CLUSTER_PORT</c> (4053), <c>CLUSTER_SEEDS</c> (comma-separated akka.tcp addresses;
/// default itself) and <c>ACTORSYSTEM</c> (hive). It joins, gossips and hosts no entities.
/// </summary>
public static class LighthouseSettings
{
    public static HiveNodeSettings FromEnvironment(Func<string, string?>? getEnv = null)
    {
        getEnv ??= Environment.GetEnvironmentVariable;
        var ip = getEnv("CLUSTER_IP") is { Length: > 0 } i ? i : "127.0.0.1";
        var portText = getEnv("CLUSTER_PORT") is { Length: > 0 } p ? p : "4053";
        if (!int.TryParse(portText, out var port) || port is < 1 or > 65535)
            throw new ArgumentException($"CLUSTER_PORT '{portText}' is not a port number (1-65535)");
        var system = getEnv("ACTORSYSTEM") is { Length: > 0 } s ? s : "hive";
        var seeds = (getEnv("CLUSTER_SEEDS") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        return new HiveNodeSettings
        {
            SystemName = system,
            Hostname = ip,
            PublicHostname = ip == "0.0.0.0" ? "127.0.0.1" : ip,
            Port = port,
            Seeds = seeds,
            Roles = ["lighthouse"],
            HostsEntities = false,
        };
    }
}
