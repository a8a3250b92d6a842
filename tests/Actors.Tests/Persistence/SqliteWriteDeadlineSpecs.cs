using Akka.Actor;
using Akka.Persistence;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// A write the journal's circuit breaker has given up on must never be committed later: the entity was told its persist
/// failed, restarted and recovered without it (the defect the failing-journal drill found). An outside connection holds
/// SQLite's write lock, as the drill does; the breaker's call-timeout is 2 s here, so the writer's deadline is 1.6 s.
/// </summary>
public sealed class SqliteWriteDeadlineSpecs(ITestOutputHelper output)
    : JournalProtocolSpecs(PluginUnderTest.HiveSqlite("circuit-breaker.call-timeout = 2s"), output)
{
    [Fact]
    public async Task A_write_held_past_its_deadline_fails_and_is_not_committed_once_the_lock_is_released()
    {
        WriteEach("before", 1, 1);
        var late = CreateTestProbe();
        await using (await HoldWriteLockAsync())
        {
            Journal.Tell(new WriteMessages([new AtomicWrite(Event("late", 1, "late-1"))], late.Ref, 1));
            late.ExpectMsg<WriteMessagesFailed>(TimeSpan.FromSeconds(5));
            // Held past the writer's deadline and the breaker's timeout, so a write still queued would commit on release.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        WriteEach("after", 1, 1);
        Assert.Empty(Replay("late", 1, long.MaxValue, long.MaxValue).Events);
        Assert.Equal(0, Replay("late", 1, long.MaxValue, long.MaxValue).Highest);
    }

    [Fact]
    public async Task A_write_held_for_less_than_its_deadline_waits_and_is_committed_once()
    {
        var probe = CreateTestProbe();
        await using (await HoldWriteLockAsync())
        {
            Journal.Tell(new WriteMessages([new AtomicWrite(Event("slow", 1, "slow-1"))], probe.Ref, 1));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            probe.ExpectNoMsg(TimeSpan.Zero);
        }

        probe.ExpectMsg<WriteMessagesSuccessful>(TimeSpan.FromSeconds(5));
        Assert.Equal(["slow-1"], Replay("slow", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.Payload));
    }

    /// <summary>An outside writer holding the lock: BEGIN IMMEDIATE on a connection of the test's own, rolled back on dispose.</summary>
    private async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Plugin.SqliteFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new Held(connection, transaction);
    }

    private sealed class Held(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        }
    }
}
