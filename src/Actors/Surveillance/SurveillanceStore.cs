using System.Collections.Immutable;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Hive.Actors.ReadModel;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.Core.Surveillance;

namespace Hive.Actors.Surveillance;

/// <summary>
/// The surveillance tables (<see cref="SurveillanceSql"/>): what a scan reads (the newest orders and fills of the read
/// tables, the owners map), the alerts it stores — each id once, the first detection kept — and the API's reads.
/// The schema is created on first use by whichever comes first, the scanner or a read.
/// </summary>
public sealed class SurveillanceStore(ReadModelDialect dialect)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>The newest orders and fills of the read tables: what the scanner's window holds when it has missed nothing.</summary>
    public async Task<(List<OrderRow> Orders, List<FillRow> Fills)> RecentAsync(int recentOrders, int recentFills, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var orders = await ReadAsync(connection,
            $"SELECT {ReadModelSql.OrderColumns} FROM orders ORDER BY created_at DESC, sort_key DESC LIMIT {recentOrders}", ReadModelSql.Order, ct);
        var fills = await ReadAsync(connection,
            $"SELECT {ReadModelSql.FillColumns} FROM fills ORDER BY executed_at DESC, sort_key DESC LIMIT {recentFills}", ReadModelSql.Fill, ct);
        return (orders, fills);
    }

    /// <summary>Stores the alerts not stored yet; answers those that were new (an id already stored keeps its first detection).</summary>
    public async Task<IReadOnlyList<SurveillanceAlert>> AddAsync(IReadOnlyList<SurveillanceAlert> alerts, DateTime detectedAt, CancellationToken ct = default)
    {
        if (alerts.Count == 0) return [];
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var added = new List<SurveillanceAlert>();
        foreach (var a in alerts)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new object?[]
            {
                a.Id, a.Detector, $";{string.Join(';', a.Accounts)};", a.Instrument, a.Scope, a.From.Ticks, a.To.Ticks, a.StatisticName,
                a.Statistic, a.Summary, JsonSerializer.Serialize(a.Evidence, Json), JsonSerializer.Serialize(a.Figures, Json), detectedAt.Ticks,
            };
            command.CommandText = $"INSERT INTO surveillance_alerts ({SurveillanceSql.AlertColumns}) VALUES " +
                                  $"({string.Join(", ", values.Select(v => ReadModelSql.Parameter(command, v)))}) ON CONFLICT (alert_id) DO NOTHING";
            if (await command.ExecuteNonQueryAsync(ct) > 0) added.Add(a);
        }
        await transaction.CommitAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<StoredAlert>> AlertsAsync(AlertQuery query, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Detector is { } detector) where.Append($" AND detector = {ReadModelSql.Parameter(command, detector)}");
        // An id may hold '_', which LIKE reads as any character; ids hold no '!', so it escapes.
        if (query.Account is { } account)
            where.Append($" AND accounts LIKE {ReadModelSql.Parameter(command, $"%;{account.Replace("_", "!_")};%")} ESCAPE '!'");
        command.CommandText = $"SELECT {SurveillanceSql.AlertColumns} FROM surveillance_alerts {where} " +
                              $"ORDER BY detected_at DESC, alert_id LIMIT {Math.Clamp(query.Limit, 1, AlertQuery.MaxLimit)}";
        var alerts = new List<StoredAlert>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) alerts.Add(Alert(reader));
        return alerts;
    }

    public async Task<AccountOwners> OwnersAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await OwnersAsync(connection, ct);
    }

    public async Task SetOwnerAsync(AccountId account, string owner, DateTime at, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO surveillance_owners (account_id, owner, updated_at) VALUES " +
                              $"({ReadModelSql.Parameter(command, account.Value)}, {ReadModelSql.Parameter(command, owner)}, {ReadModelSql.Parameter(command, at.Ticks)}) " +
                              "ON CONFLICT (account_id) DO UPDATE SET owner = excluded.owner, updated_at = excluded.updated_at";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<AccountOwners> OwnersAsync(DbConnection connection, CancellationToken ct)
    {
        var rows = await ReadAsync(connection, "SELECT account_id, owner FROM surveillance_owners",
            r => KeyValuePair.Create(new AccountId(r.GetString(0)), r.GetString(1)), ct);
        return new AccountOwners(ImmutableDictionary.CreateRange(rows));
    }

    private static StoredAlert Alert(DbDataReader r)
    {
        var accounts = r.GetString(2).Split(';', StringSplitOptions.RemoveEmptyEntries);
        var alert = new SurveillanceAlert(r.GetString(0), r.GetString(1), accounts, r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
            ReadModelSql.Utc(r.GetInt64(5)), ReadModelSql.Utc(r.GetInt64(6)), r.GetString(7), r.GetDecimal(8), r.GetString(9),
            JsonSerializer.Deserialize<List<AlertEvidence>>(r.GetString(10), Json) ?? [],
            JsonSerializer.Deserialize<ImmutableSortedDictionary<string, decimal>>(r.GetString(11), Json) ?? ImmutableSortedDictionary<string, decimal>.Empty);
        return new StoredAlert(alert, ReadModelSql.Utc(r.GetInt64(12)));
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await dialect.OpenAsync(ct);
        if (_schemaReady) return connection;
        await _schemaLock.WaitAsync(ct);
        try
        {
            foreach (var ddl in SurveillanceSql.Schema(dialect))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ddl;
                await command.ExecuteNonQueryAsync(ct);
            }
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
        return connection;
    }
}
