using System.Data;
using System.Data.Common;
using Hive.Actors.Entities;
using Hive.Actors.Persistence;
using Hive.Actors.Serialization;
using Hive.Core.ReadModel;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The writing half of the read side: creates the read tables, and folds a batch of events into them — loads the
/// rows the batch touches, folds with <see cref="ReadModelFold"/>, and writes the changed rows, the new fills and the
/// tags' offsets in one transaction. A crash before the commit leaves the old rows and the old offsets, so the
/// projection replays exactly the events whose effect was lost. Only the projection writes these tables, which is
/// why rows may be read before the transaction starts.
/// </summary>
public sealed class ReadModelStore(ReadModelDialect dialect)
{
    public ReadModelDialect Dialect => dialect;

    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        foreach (var ddl in ReadModelSql.Schema(dialect))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ddl;
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var (table, column, definition) in ReadModelSql.AddedColumns(dialect))
            await dialect.AddColumnIfMissingAsync(connection, table, column, definition, ct);
    }

    /// <summary>Where each tag's stream resumes: the journal position of the last event folded (0: from the start).</summary>
    public async Task<IReadOnlyDictionary<string, long>> OffsetsAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tag, position FROM projection_offsets";
        var offsets = ReadModelTags.All.ToDictionary(t => t, _ => 0L);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) offsets[reader.GetString(0)] = reader.GetInt64(1);
        return offsets;
    }

    public async Task<ReadModelChanges> ApplyAsync(IReadOnlyList<ProjectedEvent> events, CancellationToken ct = default)
    {
        ReadModelRows rows;
        await using (var reading = await dialect.OpenAsync(ct))
            rows = await LoadAsync(reading, ReadModelFold.Keys(events), ct);
        var changes = ReadModelFold.Apply(rows, events);
        await dialect.WriteAsync((connection, transaction) => WriteAsync(connection, transaction, events, changes, ct), ct);
        return changes;
    }

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProjectedEvent> events,
        ReadModelChanges changes, CancellationToken ct)
    {
        await UpsertAsync(connection, transaction, "orders", ReadModelSql.OrderColumns, "client_order_id",
            changes.Orders.Select(ReadModelSql.Values), ReadModelSql.OrderTypes, ct);
        await UpsertAsync(connection, transaction, "fills", ReadModelSql.FillColumns, "trade_id",
            changes.Fills.Select(ReadModelSql.Values), ReadModelSql.FillTypes, ct, update: false);
        await UpsertAsync(connection, transaction, "accounts", ReadModelSql.AccountColumns, "account_id",
            changes.Accounts.Select(ReadModelSql.Values), ReadModelSql.AccountTypes, ct);
        await UpsertAsync(connection, transaction, "strategies", ReadModelSql.StrategyColumns, "strategy_id",
            changes.Strategies.Select(ReadModelSql.Values), ReadModelSql.StrategyTypes, ct);
        await UpsertAsync(connection, transaction, "algos", ReadModelSql.AlgoColumns, "algo_id",
            changes.Algos.Select(ReadModelSql.Values), ReadModelSql.AlgoTypes, ct);
        await WriteOffsetsAsync(connection, transaction, events, changes, ct);
    }

    /// <summary>A rebuild: tags the parent-order events journaled before they were tagged (<see cref="TagUntaggedParentsAsync"/>),
    /// so the replay folds them too, then empties the tables (<see cref="TruncateAsync"/>).</summary>
    public async Task RebuildAsync(CancellationToken ct = default)
    {
        await TagUntaggedParentsAsync(ct);
        await TruncateAsync(ct);
    }

    /// <summary>Parents submitted before the algo region's events were tagged have no row and would get none from a replay of
    /// the tag stream: their events that change a row (<see cref="ReadModelTags.ParentEvents"/>) are tagged in the journal as
    /// the write adapter tags them now. Idempotent; only untagged rows of <c>algo-*</c> persistence ids are touched.</summary>
    public Task TagUntaggedParentsAsync(CancellationToken ct = default) => dialect.WriteAsync(async (connection, transaction) =>
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        dialect.TagUntagged(command, ReadModelTags.Projected, $"{RegionNames.Algo}-", ReadModelTags.ParentEvents.Select(t => WireManifests.ByType[t]).ToList());
        await command.ExecuteNonQueryAsync(ct);
    }, ct);

    /// <summary>Empties the read tables and the offsets in one transaction: the projection then starts from the journal's
    /// beginning. The same transaction records the journal's head as the rebuild's target: until the projection reaches
    /// it, the tables do not hold every order, and the order groups must not take a repeat for a new order (<see cref="OrderLookup"/>).</summary>
    public Task TruncateAsync(CancellationToken ct = default) => dialect.WriteAsync(async (connection, transaction) =>
    {
        foreach (var table in ReadModelSql.Tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = string.Format(dialect.TruncateFormat, table);
            await command.ExecuteNonQueryAsync(ct);
        }
        await using var target = connection.CreateCommand();
        target.Transaction = transaction;
        target.CommandText = $"""
            INSERT INTO rebuild_target (id, position) SELECT 1, COALESCE(MAX(ordering), 0) FROM {dialect.JournalTable} WHERE TRUE
            ON CONFLICT (id) DO UPDATE SET position = excluded.position
            """;
        await target.ExecuteNonQueryAsync(ct);
    }, ct);

    private async Task<ReadModelRows> LoadAsync(DbConnection connection, ReadModelKeys keys, CancellationToken ct)
    {
        var orders = await LookupAsync(connection, "orders", ReadModelSql.OrderColumns, "client_order_id",
            keys.Orders.Select(o => o.Value), ReadModelSql.Order, ct);
        var accounts = await LookupAsync(connection, "accounts", ReadModelSql.AccountColumns, "account_id",
            keys.Accounts.Select(a => a.Value), ReadModelSql.Account, ct);
        var strategies = await LookupAsync(connection, "strategies", ReadModelSql.StrategyColumns, "strategy_id",
            keys.Strategies.Select(s => s.Value), ReadModelSql.Strategy, ct);
        var algos = await LookupAsync(connection, "algos", ReadModelSql.AlgoColumns, "algo_id",
            keys.Algos.Select(a => a.Value), ReadModelSql.Algo, ct);
        return new ReadModelRows(orders.ToDictionary(o => o.ClientOrderId), accounts.ToDictionary(a => a.AccountId),
            strategies.ToDictionary(s => s.StrategyId), algos.ToDictionary(a => a.AlgoId));
    }

    private async Task<List<T>> LookupAsync<T>(DbConnection connection, string table, string columns, string key,
        IEnumerable<string> ids, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var found = new List<T>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {table} WHERE {key} IN {dialect.AnyOf(command, ids)}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found.Add(read(reader));
        return found;
    }

    private async Task UpsertAsync(DbConnection connection, DbTransaction transaction, string table, string columns, string key,
        IEnumerable<object?[]> rows, DbType[] types, CancellationToken ct, bool update = true)
    {
        var names = columns.Split(", ");
        var onConflict = update
            ? $"ON CONFLICT ({key}) DO UPDATE SET " + string.Join(", ", names.Where(n => n != key).Select(n => $"{n} = excluded.{n}"))
            : $"ON CONFLICT ({key}) DO NOTHING";
        if (dialect.RowsPerStatement == 1)
        {
            UpsertRowByRow((SqliteConnection)connection, $"INSERT INTO {table} ({columns}) VALUES {{0}} {onConflict}", rows);
            return;
        }
        foreach (var chunk in rows.Chunk(dialect.RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = chunk.Select(r => ReadModelSql.Row(command, r, types));
            command.CommandText = $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", values)} {onConflict}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// One prepared single-row statement, bound again for every row through SQLite's own API. SQLite finds a named
    /// parameter by a linear search of the statement's names, so binding a multi-row statement of n parameters costs n²
    /// string compares (measured: 45 % of the node's CPU went there with 200-row statements); a prepared statement per row
    /// costs n, and binding by index without ADO.NET's parameter objects allocates nothing but the values' text.
    /// </summary>
    private static void UpsertRowByRow(SqliteConnection connection, string format, IEnumerable<object?[]> rows)
    {
        sqlite3_stmt? statement = null;
        try
        {
            foreach (var row in rows)
            {
                statement ??= RawSqlite.Prepare(connection, string.Format(format, "(" + string.Join(", ", row.Select((_, i) => $"?{i + 1}")) + ")"));
                for (var i = 0; i < row.Length; i++) RawSqlite.Bind(statement, i + 1, row[i]);
                RawSqlite.Step(connection, statement);
            }
        }
        finally
        {
            statement?.Dispose();
        }
    }

    private static async Task WriteOffsetsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProjectedEvent> events,
        ReadModelChanges changes, CancellationToken ct)
    {
        var counts = events.GroupBy(e => e.Tag).ToDictionary(g => g.Key, g => (long)g.Count());
        var now = DateTime.UtcNow.Ticks;
        foreach (var (tag, position) in changes.Offsets)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = ReadModelSql.Row(command, [tag, position, changes.NewestEventAt[tag].Ticks, counts[tag], now],
                [DbType.String, DbType.Int64, DbType.Int64, DbType.Int64, DbType.Int64]);
            command.CommandText = $"""
                INSERT INTO projection_offsets (tag, position, newest_event_at, events, updated_at) VALUES {values}
                ON CONFLICT (tag) DO UPDATE SET position = excluded.position,
                  newest_event_at = CASE WHEN excluded.newest_event_at > projection_offsets.newest_event_at
                    THEN excluded.newest_event_at ELSE projection_offsets.newest_event_at END,
                  events = projection_offsets.events + excluded.events, updated_at = excluded.updated_at
                """;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
