using System.Data.Common;
using Hive.Actors.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hive.Cluster.Node;

/// <summary>
/// A random id stored in the journal's own database (table <c>hive_journal_identity</c>), made by the first node that
/// opens it. Every node publishes it as the cluster role <c>journal-&lt;id&gt;</c>, so nodes can tell whether they share
/// one journal: two SQLite files, or two PostgreSQL databases, have different ids whatever their paths or host names
/// look like, and one file opened through two paths has the same. The table is Hive's own, beside the journal
/// plugin's tables, so it does not depend on which plugin writes the events.
/// </summary>
public static class JournalIdentity
{
    public const string RolePrefix = "journal-";

    /// <summary>The role that carries <paramref name="id"/> in the cluster's membership.</summary>
    public static string Role(string id) => RolePrefix + id;

    /// <summary>The journal id a member published, or null for members without a journal (lighthouses).</summary>
    public static string? Of(IEnumerable<string> roles) =>
        roles.FirstOrDefault(r => r.StartsWith(RolePrefix, StringComparison.Ordinal)) is { } role ? role[RolePrefix.Length..] : null;

    /// <summary>The journal in words: "SQLite /path/hive.db" or "PostgreSQL".</summary>
    public static string Describe(HiveNodeSettings settings) => settings.Journal == JournalProvider.Sqlite
        ? $"SQLite {Path.GetFullPath(new SqliteConnectionStringBuilder(settings.JournalConnectionString).DataSource)}"
        : "PostgreSQL";

    /// <summary>Reads the journal's id, creating it on first use. Null when the database cannot be reached at start-up
    /// (an unreachable PostgreSQL leaves the node running and not ready; it then publishes no id and is not checked).</summary>
    public static string? ReadOrCreate(HiveNodeSettings settings)
    {
        // Nodes starting together on a fresh PostgreSQL database can race on CREATE TABLE (a unique violation in the catalogue,
        // a duplicate table, "tuple concurrently updated"): the server answered, so the losers retry; only a database that does
        // not answer makes the id unknown.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return ReadOrCreateOnce(settings);
            }
            catch (PostgresException) when (attempt < 5)
            {
            }
            catch (Exception e) when (settings.Journal == JournalProvider.PostgreSql && e is DbException or TimeoutException or IOException)
            {
                return null;
            }
        }
    }

    private static string ReadOrCreateOnce(HiveNodeSettings settings)
    {
        var postgres = settings.Journal == JournalProvider.PostgreSql;
        using DbConnection connection = postgres
            ? new NpgsqlConnection(JournalProbe.WithTimeout(settings.JournalConnectionString))
            : new SqliteConnection(settings.JournalConnectionString);
        connection.Open();
        Execute(connection, "CREATE TABLE IF NOT EXISTS hive_journal_identity (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var fresh = Guid.NewGuid().ToString("N")[..12];
        // Whoever inserts first wins; everyone reads the winner's id.
        Execute(connection, postgres
            ? $"INSERT INTO hive_journal_identity (name, value) VALUES ('journal', '{fresh}') ON CONFLICT (name) DO NOTHING"
            : $"INSERT OR IGNORE INTO hive_journal_identity (name, value) VALUES ('journal', '{fresh}')");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM hive_journal_identity WHERE name = 'journal'";
        return (string)read.ExecuteScalar()!;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
