using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hive.Actors.Persistence;

/// <summary>
/// The only writer of a SQLite database file: one thread and one connection that take every write waiting in the
/// queue — events of all entities, snapshots, the read tables — and commit them in one transaction, events through
/// prepared statements. SQLite takes one writer at a time anyway, so this turns thousands of small commits into a few
/// large ones, and the cost of a commit (the WAL append and its lock) is paid once per batch instead of once per entity.
/// Everything that writes the file goes through here: a second connection that writes holds SQLite's lock in bursts
/// the journal waits for, and SQLite's busy handler waits in sleeps of 1 to 100 ms (measured with the snapshot store and
/// the projection on connections of their own: the writer spent half its time waiting to begin, and the order path's
/// write p99 was 25–45 ms against a p50 under 1 ms). A write that fails (a duplicate sequence number, say) must not
/// fail the others it was batched with, so a failed batch is retried one write at a time and only the failing ones
/// report the error. <see cref="Acquire"/> hands out the one writer of a file to everyone who writes it.
/// <para>A journal write carries a deadline below Akka's circuit-breaker call-timeout: once its caller has been told the
/// write failed (the breaker timed it out, the entity restarted and recovered without it), committing it later would put
/// events behind the recovered entity's back. So the writer never commits a write past its deadline — checked once the
/// write lock is held, when the commit is milliseconds away — and waits for the lock no longer than the earliest deadline
/// of the batch. A batch that could not get the lock fails as a whole: retrying its writes one by one would only wait
/// again.</para>
/// </summary>
internal sealed class SqliteWriter
{
    private static readonly Dictionary<string, (SqliteWriter Writer, int Leases)> Open = new();
    private readonly BlockingCollection<Job> _queue = new();
    private readonly string _file;
    private readonly string _connectionString;
    private readonly int _maxBatchEvents;
    private readonly Thread _thread;
    private readonly Timer _checkpoints;
    private Statements? _statements;

    private SqliteWriter(string file, string connectionString, int maxBatchEvents)
    {
        _file = file;
        _connectionString = connectionString;
        _maxBatchEvents = maxBatchEvents;
        _thread = new Thread(Run) { IsBackground = true, Name = "hive-sqlite-writer" };
        _thread.Start();
        _checkpoints = new Timer(_ => Checkpoint(), null, CheckpointEvery, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How often the WAL is copied back into the database file, beside the writer.</summary>
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>The writer of the connection string's database file, started by the first lease and stopped (after its
    /// queue is done) with the last. The first lease's connection string and batch size are the writer's.</summary>
    public static Lease Acquire(string connectionString, int maxBatchEvents = 5000)
    {
        var file = FileOf(connectionString);
        lock (Open)
        {
            var (writer, leases) = Open.TryGetValue(file, out var open)
                ? open
                : (new SqliteWriter(file, connectionString, maxBatchEvents), 0);
            Open[file] = (writer, leases + 1);
            return new Lease(writer);
        }
    }

    private static string FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? source
            : Path.GetFullPath(source);
    }

    private void Release()
    {
        lock (Open)
        {
            var (writer, leases) = Open[_file];
            if (leases > 1)
            {
                Open[_file] = (writer, leases - 1);
                return;
            }
            Open.Remove(_file);
        }
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(30));
        using var stopped = new ManualResetEvent(false);
        if (_checkpoints.Dispose(stopped)) stopped.WaitOne(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// The writer's connection never checkpoints (<c>wal_autocheckpoint=0</c>): by default the commit that takes the WAL past
    /// 1,000 pages copies it back into the database and, with synchronous=NORMAL, syncs both files — on the writer's
    /// thread, while every write queued behind it waits (measured: commits averaged 2 ms, hundreds above 5 ms). A
    /// passive checkpoint on a connection of its own does the same beside the writer; it never blocks the writer or the
    /// readers, and copies what no reader still needs.
    /// </summary>
    private void Checkpoint()
    {
        try
        {
            using var connection = SqliteJournalSchema.OpenForReading(_connectionString);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // The next tick tries again; until then the WAL only grows.
        }
        finally
        {
            if (!_queue.IsAddingCompleted) _checkpoints.Change(CheckpointEvery, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>How long the writer waits for SQLite's write lock when no write of the batch has a deadline.</summary>
    private const int BusyTimeoutMs = 10_000;

    /// <summary>Inserts the events all-or-nothing; completes once they are committed, or fails unwritten once
    /// <paramref name="within"/> has passed.</summary>
    public Task AppendAsync(IReadOnlyList<EventWrite> events, TimeSpan within) =>
        Enqueue(events.Count, s => s.Insert(events), DeadlineIn(within));

    /// <summary>Deletes the entity's events up to and including the sequence number, remembering the highest deleted;
    /// fails unwritten once <paramref name="within"/> has passed.</summary>
    public Task DeleteToAsync(string persistenceId, long toSequenceNr, TimeSpan within) =>
        Enqueue(1, s => s.Delete(persistenceId, toSequenceNr), DeadlineIn(within));

    /// <summary>Runs the statements of <paramref name="write"/> in the writer's transaction (commands must take the
    /// transaction given); completes once they are committed. Rolled back with its batch and run again alone if anything
    /// in the batch fails, so it must only write. No deadline: snapshots and read tables are idempotent to write late.</summary>
    public Task WriteAsync(Action<SqliteConnection, SqliteTransaction> write) => Enqueue(1, s => s.Run(write), long.MaxValue);

    private static long DeadlineIn(TimeSpan within) => Environment.TickCount64 + (long)within.TotalMilliseconds;

    private Task Enqueue(int events, Action<Statements> apply, long deadline)
    {
        var job = new Job(events, apply, deadline);
        try
        {
            _queue.Add(job);
        }
        catch (InvalidOperationException)
        {
            return Task.FromException(new ObjectDisposedException(nameof(SqliteWriter), $"the SQLite writer of {_file} has stopped"));
        }

        return job.Done.Task;
    }

    private void Run()
    {
        var batch = new List<Job>();
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Clear();
            batch.Add(first);
            var events = first.Events;
            while (events < _maxBatchEvents && _queue.TryTake(out var next))
            {
                batch.Add(next);
                events += next.Events;
            }

            var failure = Commit(batch);
            if (failure is null)
            {
                foreach (var job in batch) job.Done.TrySetResult();
                continue;
            }

            foreach (var job in batch)
            {
                if (job.Done.Task.IsCompleted) continue;
                var error = IsLockTimeout(failure) ? failure : Commit([job]);
                if (error is null) job.Done.TrySetResult();
                else job.Done.TrySetException(error);
            }
        }

        _statements?.Dispose();
    }

    /// <summary>Commits the jobs in one transaction, failing those past their deadline unwritten; returns the error
    /// instead when it rolled back.</summary>
    private Exception? Commit(List<Job> jobs)
    {
        try
        {
            _statements ??= new Statements(SqliteJournalSchema.OpenForWriting(_connectionString));
            var earliest = long.MaxValue;
            foreach (var job in jobs) earliest = Math.Min(earliest, job.Deadline);
            var wait = earliest == long.MaxValue ? BusyTimeoutMs : (int)Math.Clamp(earliest - Environment.TickCount64, 0, BusyTimeoutMs);
            _statements.InTransaction(wait, s =>
            {
                var now = Environment.TickCount64;
                foreach (var job in jobs)
                {
                    if (job.Deadline > now) job.Apply(s);
                    else job.Done.TrySetException(new TimeoutException(
                        $"not written: the write waited {job.Waited(now):0} ms for the SQLite writer of {_file}, past its deadline"));
                }
            });
            return null;
        }
        catch (Exception e)
        {
            // Whatever failed goes back to the callers: a writer thread that died would leave every later
            // write waiting forever. The connection may be unusable now; the next batch opens a fresh one.
            _statements?.Dispose();
            _statements = null;
            return e;
        }
    }

    private static bool IsLockTimeout(Exception error) =>
        error is SqliteException { SqliteErrorCode: raw.SQLITE_BUSY or raw.SQLITE_LOCKED };

    /// <summary>A share of the file's writer; disposing the last share stops it.</summary>
    public sealed class Lease(SqliteWriter writer) : IDisposable
    {
        private int _released;

        public SqliteWriter Writer => writer;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) writer.Release();
        }
    }

    private sealed record Job(int Events, Action<Statements> Apply, long Deadline)
    {
        private readonly long _queued = Environment.TickCount64;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Waited(long now) => now - _queued;
    }

    /// <summary>The writer's connection and its two inserts, prepared once and bound through SQLite's own API: binding
    /// through ADO.NET parameters allocates a binder per value, nine per event. Persistence ids, manifests, writer ids and
    /// tags repeat endlessly, so their UTF-8 bytes are made once (the cache is dropped when it grows past
    /// <see cref="Utf8Kept"/> strings: ids of entities that come and go).</summary>
    private sealed class Statements : IDisposable
    {
        private const int Utf8Kept = 20_000;
        private readonly SqliteConnection _connection;
        private sqlite3_stmt? _insertEvent;
        private sqlite3_stmt? _insertTag;
        private readonly Dictionary<string, byte[]> _utf8 = new();
        private SqliteTransaction? _transaction;

        public Statements(SqliteConnection connection) => _connection = connection;

        /// <summary>Begins (waiting at most <paramref name="lockWaitMs"/> for the write lock), runs the work and commits.
        /// Microsoft.Data.Sqlite retries a busy BEGIN itself until the connection's default timeout (whole seconds), on top
        /// of SQLite's busy handler; one second keeps its share small, the busy timeout sets the wait.</summary>
        public void InTransaction(int lockWaitMs, Action<Statements> work)
        {
            raw.sqlite3_busy_timeout(_connection.Handle, lockWaitMs);
            _connection.DefaultTimeout = 1;
            using var transaction = _connection.BeginTransaction(deferred: false);
            _transaction = transaction;
            work(this);
            transaction.Commit();
        }

        /// <summary>Prepared at the first events, not at the connection's opening: the writer of a file whose only writes
        /// are read tables (the read side's own specs) never needs the journal's tables.</summary>
        public void Insert(IReadOnlyList<EventWrite> events)
        {
            _insertEvent ??= Prepare("""
                INSERT INTO events (persistence_id, sequence_nr, timestamp, writer_uuid, event_manifest, serializer_id, serializer_manifest, payload, tags)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """);
            _insertTag ??= Prepare("INSERT INTO event_tags (tag, ordering) VALUES (?1, last_insert_rowid())");
            foreach (var e in events)
            {
                raw.sqlite3_bind_text(_insertEvent, 1, Utf8(e.PersistenceId));
                raw.sqlite3_bind_int64(_insertEvent, 2, e.SequenceNr);
                raw.sqlite3_bind_int64(_insertEvent, 3, e.Timestamp);
                raw.sqlite3_bind_text(_insertEvent, 4, Utf8(e.WriterUuid));
                raw.sqlite3_bind_text(_insertEvent, 5, Utf8(e.EventManifest));
                raw.sqlite3_bind_int(_insertEvent, 6, e.Payload.SerializerId);
                raw.sqlite3_bind_text(_insertEvent, 7, Utf8(e.Payload.Manifest));
                raw.sqlite3_bind_blob(_insertEvent, 8, e.Payload.Bytes);
                if (e.Tags.Length == 0) raw.sqlite3_bind_null(_insertEvent, 9);
                else raw.sqlite3_bind_text(_insertEvent, 9, Utf8(e.Tags.Length == 1 ? e.Tags[0] : string.Join(StoredEvent.TagSeparator, e.Tags)));
                Step(_insertEvent);
                foreach (var tag in e.Tags)
                {
                    raw.sqlite3_bind_text(_insertTag, 1, Utf8(tag));
                    Step(_insertTag);
                }
            }
        }

        public void Run(Action<SqliteConnection, SqliteTransaction> write) => write(_connection, _transaction!);

        public void Delete(string persistenceId, long toSequenceNr)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = """
                INSERT INTO event_deletions (persistence_id, sequence_nr)
                SELECT $pid, max(sequence_nr) FROM events WHERE persistence_id = $pid AND sequence_nr <= $to HAVING count(*) > 0
                ON CONFLICT (persistence_id) DO UPDATE SET sequence_nr = max(sequence_nr, excluded.sequence_nr);
                DELETE FROM event_tags WHERE ordering IN
                  (SELECT ordering FROM events WHERE persistence_id = $pid AND sequence_nr <= $to AND tags IS NOT NULL);
                DELETE FROM events WHERE persistence_id = $pid AND sequence_nr <= $to;
                """;
            command.Parameters.AddWithValue("$pid", persistenceId);
            command.Parameters.AddWithValue("$to", toSequenceNr);
            command.ExecuteNonQuery();
        }

        private byte[] Utf8(string text)
        {
            if (_utf8.TryGetValue(text, out var bytes)) return bytes;
            if (_utf8.Count >= Utf8Kept) _utf8.Clear();
            return _utf8[text] = Encoding.UTF8.GetBytes(text);
        }

        private void Step(sqlite3_stmt statement) => RawSqlite.Step(_connection, statement);

        private sqlite3_stmt Prepare(string sql) => RawSqlite.Prepare(_connection, sql);

        public void Dispose()
        {
            _insertEvent?.Dispose();
            _insertTag?.Dispose();
            _connection.Dispose();
        }
    }
}
