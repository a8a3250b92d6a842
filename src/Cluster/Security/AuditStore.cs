using System.Data.Common;
using Hive.Actors.ReadModel;
using Hive.Core.Audit;

namespace Hive.Cluster.Security;

/// <summary>
/// The audit trail's table, <c>hive_audit</c>, in the node's own database (the SQLite file or the PostgreSQL database it
/// journals to), beside the read tables and through the same dialect. Append-only: the writer only inserts; nothing in Hive
/// updates or deletes a row. Keyed by (chain, sequence).
/// </summary>
public sealed class AuditStore(ReadModelDialect dialect)
{
    private const string Columns = "chain, seq, at, user_name, role, action, path, subject, status, detail, prev_hash, hash";

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        foreach (var ddl in new[]
                 {
                     """
                     CREATE TABLE IF NOT EXISTS hive_audit (
                         chain TEXT NOT NULL, seq BIGINT NOT NULL, at BIGINT NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                         action TEXT NOT NULL, path TEXT NOT NULL, subject TEXT, status INTEGER NOT NULL, detail TEXT NOT NULL,
                         prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (chain, seq))
                     """,
                     "CREATE INDEX IF NOT EXISTS hive_audit_at ON hive_audit (at)",
                     "CREATE INDEX IF NOT EXISTS hive_audit_subject ON hive_audit (subject)",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ddl;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The chain's last record (number and hash), where the writer continues after a restart.</summary>
    public async Task<(long Sequence, string Hash)> TailAsync(string chain, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT seq, hash FROM hive_audit WHERE chain = {ReadModelSql.Parameter(command, chain)} ORDER BY seq DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.Genesis);
    }

    /// <summary>Writes a batch in one transaction (the group commit: one fsync for many records), through one statement bound
    /// again per record; on SQLite in the file's one writer's transaction (<see cref="ReadModelDialect.WriteAsync"/>).</summary>
    public Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct) => dialect.WriteAsync(async (connection, transaction) =>
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = Enumerable.Range(0, 12).Select(i =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@a{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        command.CommandText = $"INSERT INTO hive_audit ({Columns}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        foreach (var r in records)
        {
            var e = r.Entry;
            object?[] values = [r.Chain, r.Sequence, e.At.Ticks, e.User, e.Role, e.Action, e.Path, e.Subject, e.Status, e.Detail, r.PreviousHash, r.Hash];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }, ct);

    /// <summary>Records oldest first, by chain and number; filtered by time, user or subject, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(DateTime? since, string? user, string? subject, int limit, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var where = "WHERE 1 = 1";
        if (since is { } s) where += $" AND at >= {ReadModelSql.Parameter(command, s.Ticks)}";
        if (user is not null) where += $" AND user_name = {ReadModelSql.Parameter(command, user)}";
        if (subject is not null) where += $" AND subject = {ReadModelSql.Parameter(command, subject)}";
        command.CommandText = $"SELECT {Columns} FROM hive_audit {where} ORDER BY chain, seq LIMIT {limit}";
        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) records.Add(Read(reader));
        return records;
    }

    /// <summary>Checks every chain from its first record; the first break of each broken chain.</summary>
    public async Task<(long Records, IReadOnlyList<AuditBreak> Breaks)> VerifyAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM hive_audit ORDER BY chain, seq";
        var chains = new Dictionary<string, List<AuditRecord>>(StringComparer.Ordinal);
        long count = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var r = Read(reader);
                count++;
                if (!chains.TryGetValue(r.Chain, out var list)) chains[r.Chain] = list = [];
                list.Add(r);
            }
        return (count, [.. chains.Values.Select(AuditChain.Verify).OfType<AuditBreak>()]);
    }

    private static AuditRecord Read(DbDataReader r) => new(r.GetString(0), r.GetInt64(1),
        new AuditEntry(new DateTime(r.GetInt64(2), DateTimeKind.Utc), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
            r.IsDBNull(7) ? null : r.GetString(7), r.GetInt32(8), r.GetString(9)),
        r.GetString(10), r.GetString(11));
}
