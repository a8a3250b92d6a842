using Microsoft.Data.Sqlite;

namespace Hive.Cluster.Drills;

/// <summary>
/// The slow-journal fault: a connection of the drill's own process takes the SQLite journal's write lock and holds it, as a
/// long-running outside writer or a stalled disk would. The nodes' writers wait for it in SQLite's busy handler (their
/// busy timeout is 10 s, so they wait rather than fail); reads go on in WAL mode. Released by rolling back, so nothing is
/// written.
/// </summary>
public static class JournalStall
{
    public static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(5);

    public static async Task HoldAsync(string journalFile, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = journalFile, Pooling = false, DefaultTimeout = 30 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // Microsoft.Data.Sqlite begins IMMEDIATE by default: the write lock is taken here, not at the first write.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Task.Delay(HoldFor, ct);
        await transaction.RollbackAsync(CancellationToken.None);
    }
}
