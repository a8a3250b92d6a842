using Akka.Hosting;
using Hive.Actors.Hosting;
using Hive.Actors.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hive.Lighthouse;

/// <summary>A seed node: other nodes join through it; it never hosts entities.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["-h" or "--help"])
        {
            Console.WriteLine("""
                Hive.Lighthouse: a seed-only cluster node (role "lighthouse"), configured by environment:
                  CLUSTER_IP     address to bind and advertise (default 127.0.0.1)
                  CLUSTER_PORT   remoting port (default 4053)
                  CLUSTER_SEEDS  comma-separated seed addresses, e.g. akka.tcp://hive@10.0.0.5:4053 (default: itself)
                  ACTORSYSTEM    actor system name, the same on every node (default hive)
                  HIVE__HEARTBEATPAUSESECONDS, HIVE__STABLEAFTERSECONDS
                                 failure detector and split-brain resolver, the same as the nodes' (default 3, 2)
                and, for remoting over mutual TLS (the same flags as hive node; then seeds are akka.ssl.tcp://):
                """);
            foreach (var (name, _, description) in RemoteTlsOptions.Flags) Console.WriteLine($"  {name} FILE\n      {description}");
            return 0;
        }

        HiveNodeSettings settings;
        try
        {
            settings = LighthouseSettings.FromEnvironment(args: args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"lighthouse: {e.Message}");
            return 2;
        }

        using var host = Host.CreateDefaultBuilder()
            .ConfigureServices(s => s.AddAkka(settings.SystemName, b => b.WithHive(settings)))
            .Build();
        Console.WriteLine($"Hive lighthouse {settings.SelfAddress} (seeds: {(settings.Seeds.Count == 0 ? "itself" : string.Join(", ", settings.Seeds))})");
        await host.RunAsync();
        return 0;
    }
}
