using Akka.Actor;
using Akka.Hosting;
using Hive.Actors.Hosting;
using Hive.Actors.Sharding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hive.TestSupport;

/// <summary>A real Hive node (remoting, cluster, sharding, SQL journal) in the test process.</summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly IHost _host;

    private TestNode(IHost host, HiveNodeSettings settings)
    {
        _host = host;
        Settings = settings;
        System = host.Services.GetRequiredService<ActorSystem>();
        Gateway = new EntityGateway(host.Services.GetRequiredService<IReadOnlyActorRegistry>());
    }

    public HiveNodeSettings Settings { get; }

    public ActorSystem System { get; }

    public EntityGateway Gateway { get; }

    public static async Task<TestNode> StartAsync(HiveNodeSettings settings)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureServices(services => services.AddAkka(settings.SystemName, b => b.WithHive(settings)))
            .Build();
        await host.StartAsync();
        return new TestNode(host, settings);
    }

    public static HiveNodeSettings SqliteSettings(string dbPath, int? port = null) => new()
    {
        Port = port ?? FreePort.Next(),
        JournalConnectionString = $"Data Source={dbPath}",
        Journal = JournalProvider.Sqlite,
    };

    public static HiveNodeSettings PostgresSettings(string connectionString, int? port = null) => new()
    {
        Port = port ?? FreePort.Next(),
        JournalConnectionString = connectionString,
        Journal = JournalProvider.PostgreSql,
    };

    /// <summary>Settings that let <see cref="CrashAsync"/> stop the node without a graceful leave.</summary>
    public const string CrashableHocon = """
        akka.coordinated-shutdown.run-by-actor-system-terminate = off
        akka.cluster.run-coordinated-shutdown-when-down = off
        """;

    public bool Crashed { get; private set; }

    /// <summary>Kills the node's actor system without leaving the cluster: the others see it vanish,
    /// as with a process crash, and must detect and down it themselves.</summary>
    public async Task CrashAsync()
    {
        Crashed = true;
        await System.Terminate();
    }

    /// <summary>Stops the node as an operator would (graceful leave).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _host.StopAsync(timeout.Token);
        }
        catch (Exception e) when (Crashed && e is OperationCanceledException or InvalidOperationException)
        {
            // a crashed node has nothing left to stop gracefully
        }

        _host.Dispose();
    }
}
