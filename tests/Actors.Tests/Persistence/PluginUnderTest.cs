using Hive.Actors.Serialization;
using Akka.Configuration;
using Hive.Actors.Hosting;
using Hive.TestSupport;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// A journal, snapshot store and query plugin for the persistence specs: the HOCON a node on that database
/// runs with, plus the specs' own serializer (which refuses some types) and tagging adapter, bound on the
/// journal under test. The same specs run against Hive's SQLite journal and against Akka.Persistence.Sql on
/// PostgreSQL, so a spec that only Hive's journal passes is a spec to doubt.
/// </summary>
public sealed record PluginUnderTest(Config Config, string ReadJournalId, string? SqliteFile)
{
    /// <param name="journalHocon">More settings of the journal under test, e.g. its circuit breaker's.</param>
    public static PluginUnderTest HiveSqlite(string journalHocon = "")
    {
        var file = Path.Combine(Path.GetTempPath(), $"hive-journal-spec-{Guid.NewGuid():N}.db");
        return Create(TestNode.SqliteSettings(file), HiveHocon.SqliteJournalId, file, journalHocon);
    }

    public static PluginUnderTest SqlPluginOnPostgres()
    {
        var database = PostgresServer.SharedAsync().GetAwaiter().GetResult().CreateDatabaseAsync("spec").GetAwaiter().GetResult();
        return Create(TestNode.PostgresSettings(database), HiveHocon.SqlJournalId, null, "");
    }

    private static PluginUnderTest Create(HiveNodeSettings settings, string journalId, string? file, string journalHocon)
    {
        var refusing = typeof(RefusingSerializer).AssemblyQualifiedName;
        var extra = $$"""
            akka.actor {
              serializers.refusing = "{{refusing}}"
              serialization-bindings {
                "{{typeof(Unserializable).AssemblyQualifiedName}}" = refusing
                "{{typeof(Undeserializable).AssemblyQualifiedName}}" = refusing
              }
              serialization-identifiers { "{{refusing}}" = {{RefusingSerializer.Id}} }
              # The specs persist this assembly's payloads (Coloured) through Hyperion, whose allow-list knows Hive's only.
              serialization-settings.hyperion.{{HyperionAllowList.MoreAssembliesKey}} = ["{{typeof(Coloured).Assembly.GetName().Name}}"]
            }
            {{journalId}} {
              event-adapters.colour = "{{typeof(ColourTagger).AssemblyQualifiedName}}"
              event-adapter-bindings { "{{typeof(Coloured).AssemblyQualifiedName}}" = colour }
              {{journalHocon}}
            }
            akka.persistence.query.journal.sqlite.refresh-interval = 100ms
            akka.persistence.query.journal.sql.refresh-interval = 100ms
            """;
        var withSpecs = settings with { ExtraHocon = extra };
        return new PluginUnderTest(HiveHocon.Local(withSpecs), HiveHocon.ReadJournalId(settings.Journal), file);
    }

    /// <summary>Removes the SQLite file and its WAL once the actor system is gone.</summary>
    public void Delete()
    {
        if (SqliteFile is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(SqliteFile + suffix);
    }
}
