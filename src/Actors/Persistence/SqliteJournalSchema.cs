using Microsoft.Data.Sqlite;

namespace Hive.Actors.Persistence;

/// <summary>
/// The tables of Hive's SQLite journal and snapshot store, and how their connections are opened.
/// <c>events.ordering</c> is AUTOINCREMENT so that an ordering is never reused after the newest event
/// of the file is deleted: tag queries resume from an ordering and must never see one twice.
/// Tags live in their own table, keyed by tag, so EventsByTag is an index range scan.
/// <c>event_deletions</c> keeps the highest deleted sequence number of each entity, so the highest
/// sequence number survives deleting every event.
/// </summary>
public static class SqliteJournalSchema
{
    public static readonly IReadOnlyList<string> Tables = ["events", "event_tags", "event_deletions", "snapshots"];

    private const string Ddl = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS events (
          ordering INTEGER PRIMARY KEY AUTOINCREMENT,
          persistence_id TEXT NOT NULL,
          sequence_nr INTEGER NOT NULL,
          timestamp INTEGER NOT NULL,
          writer_uuid TEXT NOT NULL,
          event_manifest TEXT NOT NULL,
          serializer_id INTEGER NOT NULL,
          serializer_manifest TEXT NOT NULL,
          payload BLOB NOT NULL,
          tags TEXT,
          UNIQUE (persistence_id, sequence_nr));
        CREATE TABLE IF NOT EXISTS event_tags (
          tag TEXT NOT NULL,
          ordering INTEGER NOT NULL,
          PRIMARY KEY (tag, ordering)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS event_tags_by_ordering ON event_tags (ordering);
        CREATE TABLE IF NOT EXISTS event_deletions (
          persistence_id TEXT NOT NULL PRIMARY KEY,
          sequence_nr INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS snapshots (
          persistence_id TEXT NOT NULL,
          sequence_nr INTEGER NOT NULL,
          timestamp INTEGER NOT NULL,
          serializer_id INTEGER NOT NULL,
          serializer_manifest TEXT NOT NULL,
          payload BLOB NOT NULL,
          PRIMARY KEY (persistence_id, sequence_nr)) WITHOUT ROWID;
        """;

    /// <summary>Creates the file's folder and the tables when missing; safe to call from several places.</summary>
    public static void Ensure(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, Ddl);
    }

    /// <summary>A plugin's <c>connection-string</c>, with the schema ensured in that file.</summary>
    internal static string EnsureFor(Akka.Configuration.Config pluginConfig)
    {
        var connectionString = pluginConfig.GetString("connection-string");
        Ensure(connectionString);
        return connectionString;
    }

    /// <summary>
    /// A connection that writes. synchronous=NORMAL in WAL mode syncs at checkpoints, not at every
    /// commit: a power cut can lose the last commits but never corrupts the file, and it is what
    /// lets one writer commit thousands of transactions a second. A 64 MiB page cache keeps the
    /// (persistence_id, sequence_nr) index in memory: with the default 2 MiB, inserts for a thousand
    /// entities touch pages that were evicted and ran about a quarter slower (docs/journal.md). It never checkpoints: the
    /// <see cref="SqliteWriter"/> that owns it checkpoints on another connection.
    /// </summary>
    internal static SqliteConnection OpenForWriting(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0;");
        return connection;
    }

    /// <summary>A pooled connection for reads; in WAL mode readers never wait for the writer.</summary>
    internal static SqliteConnection OpenForReading(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
