using System.Net.Sockets;

namespace Hive.Cluster.Node;

/// <summary>Starts a node, prints where to reach it, and runs until ^C; start-up failures become one
/// clear line and a non-zero exit instead of a stack trace.</summary>
public static class NodeRunner
{
    public static async Task<int> RunAsync(NodeOptions options, CancellationToken ct)
    {
        var settings = NodeSettingsFactory.Create(options);
        var app = NodeHost.Build(options, settings);
        try
        {
            await app.StartAsync(ct);
        }
        catch (Exception e) when (IsPortInUse(e))
        {
            Console.Error.WriteLine($"hive node: a port is already in use (remoting {options.Port}, HTTP {options.HttpPort}): {Root(e).Message}. Pass --port / --http-port.");
            return 3;
        }

        var journal = settings.Journal == Actors.Hosting.JournalProvider.Sqlite
            ? $"SQLite {Path.Combine(Path.GetFullPath(options.DataDir), "hive.db")}"
            : "PostgreSQL";
        Console.WriteLine($"""
            Hive node {settings.SelfAddress}
              HTTP      {string.Join(", ", app.Urls)}   (try: curl {app.Urls.FirstOrDefault()}/health/ready)
              journal   {journal}
              seeds     {(settings.Seeds.Count == 0 ? "none: this node is its own seed" : string.Join(", ", settings.Seeds))}
              ctl       ./hive ctl {options.HttpBind}:{options.HttpPort} cluster show   (token in {Path.Combine(options.DataDir, AdminToken.FileName)})
            Press Ctrl+C to stop (the node leaves the cluster gracefully).
            """);
        await app.WaitForShutdownAsync(ct);
        return 0;
    }

    private static bool IsPortInUse(Exception e) =>
        Root(e) is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } ||
        Root(e).Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) ||
        e is IOException && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private static Exception Root(Exception e) => e.InnerException is null ? e : Root(e.InnerException);
}
