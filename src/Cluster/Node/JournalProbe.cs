using System.Data.Common;
using Hive.Actors.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hive.Cluster.Node;

/// <summary>Checks that the journal database answers, so readiness can say so (an unreachable
/// PostgreSQL at start-up makes the node not-ready instead of crash-looping).</summary>
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
            command.CommandText = "select 1";
            await command.ExecuteScalarAsync(ct);
            return (true, $"{settings.Journal} reachable");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or IOException)
        {
            return (false, $"{settings.Journal} unreachable: {e.Message}");
        }
    }

    internal static string WithTimeout(string cs) =>
        cs.Contains("Timeout", StringComparison.OrdinalIgnoreCase) ? cs : cs.TrimEnd(';') + ";Timeout=3";
}
