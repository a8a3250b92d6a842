using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.Core.Drills;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hive.Cluster.Drills;

/// <summary>
/// The one journal every node of a drill writes to: the SQLite file of the drill's shared data folder
/// (<c>sqlite-shared</c>), or a temporary PostgreSQL server the drill starts itself (<c>postgres</c>, its superuser's
/// <c>postgres</c> database) and removes when disposed. The checker reads from it the (persistence id, sequence number)
/// pairs held more than once.
/// </summary>
public sealed class DrillJournal : IDisposable
{
    public const string SqliteShared = "sqlite-shared";
    public const string Postgres = "postgres";

    public static readonly IReadOnlyList<string> Kinds = [SqliteShared, Postgres];

    /// <summary>The temp folder of a drill's PostgreSQL server is named so (a check can find what a drill left behind).</summary>
    public const string ServerFolderPrefix = "hive-drill-pg-";

    private DrillJournal(string kind, string? sqliteFile, LocalPostgresServer? server)
    {
        Kind = kind;
        SqliteFile = sqliteFile;
        Server = server;
    }

    public string Kind { get; }

    /// <summary>The shared SQLite file (null on PostgreSQL).</summary>
    public string? SqliteFile { get; }

    /// <summary>The drill's own PostgreSQL server (null on SQLite).</summary>
    public LocalPostgresServer? Server { get; }

    /// <summary>What the nodes get as <c>--postgres</c> (null on SQLite).</summary>
    public string? PostgresConnection => Server?.ConnectionString;

    /// <summary>The journal of <paramref name="kind"/> for nodes whose data folder is <paramref name="dataDir"/>;
    /// for PostgreSQL this initdbs and starts the server (seconds).</summary>
    public static DrillJournal Open(string kind, string dataDir) => kind == Postgres
        ? new DrillJournal(kind, null, LocalPostgresServer.Start(ServerFolderPrefix))
        : new DrillJournal(kind, Path.Combine(dataDir, NodeOptions.JournalFileName), null);

    public IReadOnlyList<JournalDuplicate> Duplicates()
    {
        var duplicates = new List<JournalDuplicate>();
        if (SqliteFile is not null)
        {
            using var connection = new SqliteConnection($"Data Source={SqliteFile};Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT persistence_id, sequence_nr, COUNT(*) FROM events GROUP BY persistence_id, sequence_nr HAVING COUNT(*) > 1";
            using var reader = command.ExecuteReader();
            while (reader.Read()) duplicates.Add(new JournalDuplicate(reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2)));
        }
        else
        {
            // Akka.Persistence.Sql's default table: one row per event.
            using var connection = new NpgsqlConnection(PostgresConnection);
            connection.Open();
            using var command = new NpgsqlCommand(
                "SELECT persistence_id, sequence_number, COUNT(*) FROM journal GROUP BY persistence_id, sequence_number HAVING COUNT(*) > 1", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read()) duplicates.Add(new JournalDuplicate(reader.GetString(0), reader.GetInt64(1), (int)reader.GetInt64(2)));
        }
        return duplicates;
    }

    public void Dispose() => Server?.Dispose();
}
