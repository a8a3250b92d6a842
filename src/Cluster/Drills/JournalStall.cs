using Microsoft.Data.Sqlite;

namespace Hive.Cluster.Drills;

/// <summary>
/// The journal-lock faults: a connection of the drill's own process takes the SQLite journal's write lock and holds it, as a
/// long-running outside writer or a stalled disk would. Reads go on in WAL mode. The nodes' writers wait for the lock up to
/// each journal write's deadline (8 s, four fifths of the breaker's call-timeout): held for <see cref="SlowFor"/> they wait
/// and then write; held for <see cref="FailFor"/> the writes queued at the start fail unwritten and the entities whose
/// persist failed stop and recover. Released by rolling back, so nothing is written.
/// </summary>
public sealed class JournalStall : IAsyncDisposable
{
    /// <summary>slow-journal: under the journal writes' deadline.</summary>
    public static readonly TimeSpan SlowFor = TimeSpan.FromSeconds(5);

    /// <summary>failing-journal: past the writes' deadline, so that every write queued at the start fails.</summary>
    public static readonly TimeSpan FailFor = TimeSpan.FromSeconds(12);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private JournalStall(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Takes the write lock (returns once it is held).</summary>
    public static async Task<JournalStall> TakeAsync(string journalFile, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = journalFile, Pooling = false, DefaultTimeout = 30 }.ToString();
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // Microsoft.Data.Sqlite begins IMMEDIATE by default: the write lock is taken here, not at the first write.
        return new JournalStall(connection, (SqliteTransaction)await connection.BeginTransactionAsync(ct));
    }

    public async Task ReleaseAfterAsync(TimeSpan holdFor, CancellationToken ct)
    {
        await using (this)
            await Task.Delay(holdFor, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync(CancellationToken.None);
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
