using System.Data.Common;
using Hive.Actors.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hive.Actors.ReadModel;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL for the read tables, in one place. The SQL itself is
/// shared: both take <c>INSERT ... ON CONFLICT ... DO UPDATE</c>, and times are stored as UTC ticks (BIGINT) and
/// flags as integers so every statement reads the same on both.
/// </summary>
public sealed class ReadModelDialect
{
    private readonly Func<DbConnection> _open;

    private ReadModelDialect(JournalProvider provider, Func<DbConnection> open, string decimalType, string truncate, string journalTable)
    {
        Provider = provider;
        _open = open;
        DecimalType = decimalType;
        TruncateFormat = truncate;
        JournalTable = journalTable;
    }

    public JournalProvider Provider { get; }

    /// <summary>SQLite keeps decimals as text (exact, as Microsoft.Data.Sqlite writes them); PostgreSQL as numeric.</summary>
    public string DecimalType { get; }

    /// <summary>How to empty a table; {0} is the table.</summary>
    public string TruncateFormat { get; }

    /// <summary>The journal's table in the same database, whose <c>ordering</c> the tag streams' offsets count: Hive's SQLite
    /// journal's <c>events</c>, Akka.Persistence.Sql's <c>journal</c> (its default table mapping).</summary>
    public string JournalTable { get; }

    public static ReadModelDialect For(HiveNodeSettings settings) => settings.Journal switch
    {
        JournalProvider.PostgreSql => new ReadModelDialect(JournalProvider.PostgreSql,
            () => new NpgsqlConnection(Postgres(settings.JournalConnectionString)), "NUMERIC", "TRUNCATE TABLE {0}", "journal"),
        _ => new ReadModelDialect(JournalProvider.Sqlite,
            () => new SqliteConnection(Sqlite(settings.JournalConnectionString)), "TEXT", "DELETE FROM {0}", "events"),
    };

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = _open();
        await connection.OpenAsync(ct);
        if (Provider == JournalProvider.Sqlite)
        {
            // As the journal's writer: in WAL mode NORMAL syncs at checkpoints, not at every commit. A commit with FULL
            // (Microsoft.Data.Sqlite's default) fsyncs while holding SQLite's one write lock, which the journal waits for;
            // the read tables can always be rebuilt from the journal, so they need no stronger promise than it has.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    /// <summary>
    /// A subquery of these values bound as one parameter — a JSON array read by <c>json_each</c> on SQLite, a text array
    /// on PostgreSQL — for <c>WHERE key IN (...)</c>: the statement is the same for any number of ids, and SQLite binds a
    /// statement's parameters by name, so binding one per id was quadratic (a fifth of the order path's CPU, measured,
    /// when the order groups asked about hundreds of ids at a time).
    /// </summary>
    public string AnyOf(DbCommand command, IEnumerable<string> values) => Provider == JournalProvider.Sqlite
        ? $"(SELECT value FROM json_each({ReadModelSql.Parameter(command, System.Text.Json.JsonSerializer.Serialize(values.ToArray()))}))"
        // DbType.Object: Npgsql takes the type from the value, a text[].
        : $"(SELECT unnest({ReadModelSql.Parameter(command, values.ToArray(), System.Data.DbType.Object)}))";

    /// <summary>Rows per statement. PostgreSQL: multi-row statements (one round trip per 200 rows, well under its 65535
    /// parameters). SQLite: one row, one prepared statement bound again per row (no round trips to save, and binding a
    /// many-parameter statement is quadratic there).</summary>
    public int RowsPerStatement => Provider == JournalProvider.Sqlite ? 1 : 200;

    // Read-table connections set no session state, so a pooled one needs no DISCARD ALL before its next use (an order
    // group looks up placements it may have forgotten on every new order).
    private static string Postgres(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ToString();

    // The journal writer holds SQLite's one write lock in short bursts; a read-table batch waits for it rather than failing.
    private static string Sqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
