using Akka.Actor;
using Akka.Configuration;
using Hive.Actors.Hosting;

namespace Hive.Actors.Tests.Serialization;

/// <summary>An actor system on the node's own HOCON (cluster provider, free port, no seeds), shared by
/// the binding tests because starting and leaving a cluster node takes seconds.</summary>
public sealed class HiveHoconSystemFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-ser-").FullName;

    public ActorSystem System { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var hocon = HiveHocon.Build(new HiveNodeSettings
        {
            Port = 0,
            JournalConnectionString = $"Data Source={Path.Combine(_dir, "unused.db")}",
            // No seeds: only the serialization settings matter here, not a cluster to join.
            ExtraHocon = "akka.cluster.seed-nodes = []",
        });
        System = ActorSystem.Create("ser-binding", ConfigurationFactory.ParseString(hocon));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await System.Terminate();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
