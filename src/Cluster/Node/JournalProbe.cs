using System.Data.Common;
using Hive.Actors.Hosting;
using Hive.Actors.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hive.Cluster.Node;

/// <summary>Checks that the journal database answers, so readiness can say so (an unreachable
/// PostgreSQL at start-up makes the node not-ready instead of crash-looping). On SQLite the file always
/// opens, so the probe asks for Hive's journal tables instead (created before the actor system starts).</summary>
public sealed class JournalProbe(HiveNodeSettings settings)
{
    public async Task<(bool Ok, string Detail)> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using DbConnection connection = settings.Journal == JournalProvider.PostgreSql
                ? new NpgsqlConnection(WithTimeout(settings.JournalConnectionString))
                : new SqliteConnection(settings.JournalConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            if (settings.Journal == JournalProvider.PostgreSql)
            {
                command.CommandText = "select 1";
                await command.ExecuteScalarAsync(ct);
                return (true, $"{settings.Journal} reachable");
            }

            var tables = SqliteJournalSchema.Tables;
            command.CommandText = $"select count(*) from sqlite_master where type = 'table' and name in ({string.Join(", ", tables.Select(t => $"'{t}'"))})";
            var found = Convert.ToInt32(await command.ExecuteScalarAsync(ct));
            return found == tables.Count
                ? (true, $"{settings.Journal} reachable")
                : (false, $"{settings.Journal} journal tables missing ({found} of {tables.Count})");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or IOException)
        {
            return (false, $"{settings.Journal} unreachable: {e.Message}");
        }
    }

    internal static string WithTimeout(string cs) =>
        cs.Contains("Timeout", StringComparison.OrdinalIgnoreCase) ? cs : cs.TrimEnd(';') + ";Timeout=3";
}
