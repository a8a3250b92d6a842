using System.Data.Common;
using Hive.Actors.Hosting;
using Hive.Actors.Persistence;
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

    private readonly string _connectionString;

    private ReadModelDialect(JournalProvider provider, string connectionString, Func<DbConnection> open, string decimalType, string truncate,
        string journalTable)
    {
        Provider = provider;
        _connectionString = connectionString;
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
        JournalProvider.PostgreSql => new ReadModelDialect(JournalProvider.PostgreSql, settings.JournalConnectionString,
            () => new NpgsqlConnection(Postgres(settings.JournalConnectionString)), "NUMERIC", "TRUNCATE TABLE {0}", "journal"),
        _ => new ReadModelDialect(JournalProvider.Sqlite, settings.JournalConnectionString,
            () => new SqliteConnection(Sqlite(settings.JournalConnectionString)), "TEXT", "DELETE FROM {0}", "events"),
    };

    /// <summary>A connection for reading (and, once at start, the schema); every other write goes through <see cref="WriteAsync"/>.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = _open();
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction and commits it. On SQLite the transaction is the file's one writer's
    /// (<see cref="SqliteWriter"/>), shared with the journal, so the read tables never hold SQLite's write lock while the
    /// journal waits for it; Microsoft.Data.Sqlite's async calls complete synchronously, so the writer's thread runs
    /// <paramref name="write"/> to its end. Rolled back and run again if the batch it shared fails, so it must only write.
    /// </summary>
    public async Task WriteAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken ct = default)
    {
        if (Provider == JournalProvider.Sqlite)
        {
            using var lease = SqliteWriter.Acquire(_connectionString);
            await lease.Writer.WriteAsync((connection, transaction) => write(connection, transaction).GetAwaiter().GetResult());
            return;
        }
        await using var open = await OpenAsync(ct);
        await using var transaction = await open.BeginTransactionAsync(ct);
        await write(open, transaction);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adds a column to a table made before it existed. PostgreSQL says <c>IF NOT EXISTS</c> itself (nodes sharing the
    /// database may start together); SQLite, whose file one node writes, is asked first.</summary>
    public async Task AddColumnIfMissingAsync(DbConnection connection, string table, string column, string definition, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        if (Provider == JournalProvider.Sqlite)
        {
            command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info({ReadModelSql.Parameter(command, table)}) WHERE name = {ReadModelSql.Parameter(command, column)}";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0) return;
            command.Parameters.Clear();
            command.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
        }
        else command.CommandText = $"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {definition}";
        await command.ExecuteNonQueryAsync(ct);
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

    /// <summary>
    /// Tags with <paramref name="tag"/> the journal's untagged events of the persistence ids beginning <paramref name="prefix"/>
    /// whose serializer manifest is one of <paramref name="manifests"/>, as the write adapter would have: Hive's SQLite journal
    /// keeps the tag in the event's <c>tags</c> and a row of <c>event_tags</c>; Akka.Persistence.Sql (<c>tag-write-mode = Csv</c>)
    /// in the journal's <c>tags</c> column, between separators.
    /// </summary>
    public void TagUntagged(DbCommand command, string tag, string prefix, IReadOnlyCollection<string> manifests)
    {
        var (t, like) = (ReadModelSql.Parameter(command, tag), ReadModelSql.Parameter(command, prefix + "%"));
        command.CommandText = Provider == JournalProvider.Sqlite
            ? $"""
              INSERT OR IGNORE INTO event_tags (tag, ordering) SELECT {t}, ordering FROM events
                WHERE persistence_id LIKE {like} AND tags IS NULL AND serializer_manifest IN {AnyOf(command, manifests)};
              UPDATE events SET tags = {t} WHERE persistence_id LIKE {like} AND tags IS NULL AND serializer_manifest IN {AnyOf(command, manifests)};
              """
            : $"UPDATE {JournalTable} SET tags = {ReadModelSql.Parameter(command, $";{tag};")} WHERE persistence_id LIKE {like} AND (tags IS NULL OR tags = '') AND manifest IN {AnyOf(command, manifests)}";
    }

    /// <summary>Rows per statement. PostgreSQL: multi-row statements (one round trip per 200 rows, well under its 65535
    /// parameters). SQLite: one row, one prepared statement bound again per row (no round trips to save, and binding a
    /// many-parameter statement is quadratic there).</summary>
    public int RowsPerStatement => Provider == JournalProvider.Sqlite ? 1 : 200;

    // Read-table connections set no session state, so a pooled one needs no DISCARD ALL before its next use (an order
    // group looks up placements it may have forgotten on every new order).
    private static string Postgres(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ToString();

    // The schema's DDL at start may wait for SQLite's write lock behind the journal's writer rather than fail.
    private static string Sqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
