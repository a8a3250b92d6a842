using System.Diagnostics;
using Akka.Actor;
using Hive.Actors.Hosting;
using Hive.Core.Ids;
using Hive.Core.Accounts;
using Hive.TestSupport;

namespace Hive.Bench.Journal;

/// <summary>
/// `cluster journal [--journal sqlite|sqlite-plugin|postgres|inmem|all] [--actors 1000] [--events-per-call 5]
/// [--seconds 10] [--hocon "extra HOCON"]`: events/s and write latency of each journal on its own
/// (<see cref="JournalCeiling"/>). <c>sqlite</c> is the journal a SQLite node runs with, <c>sqlite-plugin</c>
/// Akka.Persistence.Sql on the same kind of file; <c>--hocon</c> is appended to the node's HOCON, for tuning.
/// Then what serializing an event costs, a Hive event next to the bench's string events.
/// </summary>
public static class JournalLoad
{
    public static readonly string[] Kinds = ["sqlite", "sqlite-plugin", "postgres", "inmem"];

    public static async Task RunAsync(string dir, string kind, int actors, int eventsPerCall, int seconds, string? hocon)
    {
        foreach (var journal in kind == "all" ? Kinds : [kind])
        {
            var settings = await SettingsAsync(journal, dir);
            if (hocon is not null) settings = settings with { ExtraHocon = settings.ExtraHocon + "\n" + hocon };
            var figures = await JournalCeiling.MeasureAsync(settings, actors, eventsPerCall, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"journal {journal}: {actors:N0} actors x PersistAllAsync({eventsPerCall} events) for {figures.Elapsed.TotalSeconds:0.0} s: " +
                              $"{figures.EventsPerSecond:N0} events/s; write latency p50 {figures.P50Milliseconds:0.0} ms, p99 {figures.P99Milliseconds:0.0} ms; " +
                              $"bench process CPU {figures.CpuMicrosecondsPerEvent:0.0} µs/event");
        }

        await SerializerCostAsync(dir);
    }

    /// <summary>What one event costs to serialize and read back on a journal's path, next to the bench's string events.</summary>
    private static async Task SerializerCostAsync(string dir)
    {
        var system = ActorSystem.Create("serializer-bench", HiveHocon.Local(await SettingsAsync("sqlite", dir)));
        try
        {
            var now = DateTime.UtcNow;
            object[] payloads = [new FundsDeposited("ACC-1:7", new AccountId("ACC-1"), now, now, "t-7", "USD", 100m), "e12345"];
            foreach (var payload in payloads)
            {
                var serializer = system.Serialization.FindSerializerFor(payload);
                var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, payload);
                var bytes = serializer.ToBinary(payload);
                const int rounds = 200_000;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < rounds; i++) serializer.ToBinary(payload);
                var write = clock.Elapsed.TotalMicroseconds / rounds;
                clock.Restart();
                for (var i = 0; i < rounds; i++) system.Serialization.Deserialize(bytes, serializer.Identifier, manifest);
                var read = clock.Elapsed.TotalMicroseconds / rounds;
                Console.WriteLine($"serializer: {payload.GetType().Name} through {serializer.GetType().Name}: {write:0.00} µs to write, {read:0.00} µs to read, {bytes.Length} bytes");
            }
        }
        finally
        {
            await system.Terminate();
        }
    }

    /// <summary>Node settings on a fresh journal of the named kind.</summary>
    public static async Task<HiveNodeSettings> SettingsAsync(string kind, string dir) => kind switch
    {
        "sqlite" => TestNode.SqliteSettings(Path.Combine(dir, $"journal-{Guid.NewGuid():N}.db")),
        "sqlite-plugin" => TestNode.SqliteSettings(Path.Combine(dir, $"journal-{Guid.NewGuid():N}.db")) with { ExtraHocon = SqlPluginOnSqlite },
        "postgres" => TestNode.PostgresSettings(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("journal")),
        "inmem" => TestNode.SqliteSettings(Path.Combine(dir, $"journal-{Guid.NewGuid():N}.db")) with { ExtraHocon = InMemory },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite, sqlite-plugin, postgres, inmem or all"),
    };

    /// <summary>A SQLite node as it ran before Hive's own journal: journal and snapshots on Akka.Persistence.Sql.</summary>
    private const string SqlPluginOnSqlite = """
        akka.persistence.journal.plugin = "akka.persistence.journal.sql"
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.sql"
        """;

    /// <summary>The in-memory journal and snapshot store (a file snapshot store lists its folder on every entity start).</summary>
    private const string InMemory = """
        akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
        """;
}
