using System.Net.Sockets;
using Hive.Actors.Diagnostics;
using Hive.Actors.Hosting;

namespace Hive.Cluster.Node;

/// <summary>Starts a node, prints where to reach it, and runs until ^C; start-up failures become one
/// clear line and a non-zero exit instead of a stack trace.</summary>
public static class NodeRunner
{
    /// <summary>Exit code when the node left the cluster because it does not share the cluster's journal.</summary>
    public const int RefusedByCluster = 1;

    /// <summary>Exit code when the remoting or HTTP port is taken.</summary>
    public const int PortInUse = 3;

    public static async Task<int> RunAsync(NodeOptions options, CancellationToken ct)
    {
        var settings = NodeSettingsFactory.Create(options);
        // Before anything binds or joins: a busy remoting port would otherwise be shared (see PortProbe), and a busy
        // HTTP port would only fail after the node had joined the cluster.
        if (PortProbe.Check(options) is { } busy)
        {
            Console.Error.WriteLine($"hive node: {busy}");
            return PortInUse;
        }

        var app = NodeHost.Build(options, settings);
        try
        {
            await app.StartAsync(ct);
        }
        catch (Exception e) when (IsPortInUse(e))
        {
            Console.Error.WriteLine($"hive node: a port is already in use (remoting {options.Port}, HTTP {options.HttpPort}): {Root(e).Message}. Pick others with --port / --http-port.");
            return PortInUse;
        }

        var journal = JournalIdentity.Describe(settings);
        var discovery = (settings.Bootstrap?.Method ?? DiscoveryMethod.Seeds).ToString().ToLowerInvariant();
        var joins = settings.Bootstrap is { } bootstrap
            ? $"none: cluster bootstrap through {discovery} discovery of '{bootstrap.ServiceName}', contact point {bootstrap.SelfContactPoint}"
            : settings.Seeds.Count == 0 ? "none: this node is its own seed" : string.Join(", ", settings.Seeds);
        if (settings.JsonLogs)
            JsonLogLine.Write(DateTime.UtcNow, "info", "hive node", "started", new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["address"] = settings.SelfAddress,
                ["http"] = string.Join(", ", app.Urls),
                ["journal"] = journal,
                ["seeds"] = string.Join(", ", settings.Seeds),
                ["discovery"] = discovery,
            });
        else Console.WriteLine($"""
            Hive node {settings.SelfAddress}
              HTTP      {string.Join(", ", app.Urls)}   (try: curl {app.Urls.FirstOrDefault()}/health/ready)
              dashboard {app.Urls.FirstOrDefault()}/   (sign in with the key in {Path.Combine(options.DataDir, AdminToken.FileName)})
              journal   {journal}
              seeds     {joins}
              ctl       ./hive ctl {(options.TlsCert is null ? "" : "https://")}{options.HttpBind}:{options.HttpPort}{(options.TlsCert is null ? "" : " --ca CA.pem")} cluster show   (token in {Path.Combine(options.DataDir, AdminToken.FileName)})
            Press Ctrl+C to stop (the node leaves the cluster gracefully).
            """);
        await app.WaitForShutdownAsync(ct);
        if (app.Services.GetRequiredService<JournalGuard>().Refusal is { } refusal)
        {
            Console.Error.WriteLine($"hive node: {refusal}");
            return RefusedByCluster;
        }
        return 0;
    }

    private static bool IsPortInUse(Exception e) =>
        Root(e) is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } ||
        Root(e).Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) ||
        e is IOException && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private static Exception Root(Exception e) => e.InnerException is null ? e : Root(e.InnerException);
}
