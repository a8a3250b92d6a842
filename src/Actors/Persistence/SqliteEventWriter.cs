using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Hive.Actors.Persistence;

/// <summary>
/// The journal's only writer: one thread and one connection that take every write waiting in the queue
/// (from all entities) and commit them in one transaction through prepared statements. SQLite takes one
/// writer at a time anyway, so this turns thousands of small commits into a few large ones, and the
/// cost of a commit (the WAL append and its lock) is paid once per batch instead of once per entity.
/// A write that fails (a duplicate sequence number, say) must not fail the others it was batched with,
/// so a failed batch is retried one write at a time and only the failing ones report the error.
/// </summary>
internal sealed class SqliteEventWriter : IDisposable
{
    private readonly BlockingCollection<Job> _queue = new();
    private readonly string _connectionString;
    private readonly int _maxBatchEvents;
    private readonly Thread _thread;
    private Statements? _statements;

    public SqliteEventWriter(string connectionString, int maxBatchEvents)
    {
        _connectionString = connectionString;
        _maxBatchEvents = maxBatchEvents;
        _thread = new Thread(Run) { IsBackground = true, Name = "hive-sqlite-journal-writer" };
        _thread.Start();
    }

    /// <summary>Inserts the events all-or-nothing; completes once they are committed.</summary>
    public Task AppendAsync(IReadOnlyList<EventWrite> events) => Enqueue(events.Count, s => s.Insert(events));

    /// <summary>Deletes the entity's events up to and including the sequence number, remembering the highest deleted.</summary>
    public Task DeleteToAsync(string persistenceId, long toSequenceNr) => Enqueue(1, s => s.Delete(persistenceId, toSequenceNr));

    private Task Enqueue(int events, Action<Statements> apply)
    {
        var job = new Job(events, apply);
        try
        {
            _queue.Add(job);
        }
        catch (InvalidOperationException)
        {
            return Task.FromException(new ObjectDisposedException(nameof(SqliteEventWriter), "the journal writer has stopped"));
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

            if (Commit(batch) is null)
            {
                foreach (var job in batch) job.Done.TrySetResult();
                continue;
            }

            foreach (var job in batch)
            {
                if (Commit([job]) is { } error) job.Done.TrySetException(error);
                else job.Done.TrySetResult();
            }
        }

        _statements?.Dispose();
    }

    /// <summary>Commits the jobs in one transaction; returns the error instead when it rolled back.</summary>
    private Exception? Commit(List<Job> jobs)
    {
        try
        {
            _statements ??= new Statements(SqliteJournalSchema.OpenForWriting(_connectionString));
            _statements.InTransaction(s =>
            {
                foreach (var job in jobs) job.Apply(s);
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

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(30));
    }

    private sealed record Job(int Events, Action<Statements> Apply)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The writer's connection and its prepared statements.</summary>
    private sealed class Statements : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _insertEvent;
        private readonly SqliteCommand _insertTag;
        private readonly SqliteParameter[] _event;
        private readonly SqliteParameter _tag;
        private SqliteTransaction? _transaction;

        public Statements(SqliteConnection connection)
        {
            _connection = connection;
            _insertEvent = Prepare("""
                INSERT INTO events (persistence_id, sequence_nr, timestamp, writer_uuid, event_manifest, serializer_id, serializer_manifest, payload, tags)
                VALUES ($pid, $seq, $ts, $writer, $event_manifest, $serializer, $serializer_manifest, $payload, $tags)
                """, out _event, "$pid", "$seq", "$ts", "$writer", "$event_manifest", "$serializer", "$serializer_manifest", "$payload", "$tags");
            _insertTag = Prepare("INSERT INTO event_tags (tag, ordering) VALUES ($tag, last_insert_rowid())", out var tag, "$tag");
            _tag = tag[0];
        }

        public void InTransaction(Action<Statements> work)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _transaction = transaction;
            _insertEvent.Transaction = _insertTag.Transaction = transaction;
            work(this);
            transaction.Commit();
        }

        public void Insert(IReadOnlyList<EventWrite> events)
        {
            foreach (var e in events)
            {
                _event[0].Value = e.PersistenceId;
                _event[1].Value = e.SequenceNr;
                _event[2].Value = e.Timestamp;
                _event[3].Value = e.WriterUuid;
                _event[4].Value = e.EventManifest;
                _event[5].Value = e.Payload.SerializerId;
                _event[6].Value = e.Payload.Manifest;
                _event[7].Value = e.Payload.Bytes;
                _event[8].Value = e.Tags.Length == 0 ? DBNull.Value : string.Join(StoredEvent.TagSeparator, e.Tags);
                _insertEvent.ExecuteNonQuery();
                foreach (var tag in e.Tags)
                {
                    _tag.Value = tag;
                    _insertTag.ExecuteNonQuery();
                }
            }
        }

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

        private SqliteCommand Prepare(string sql, out SqliteParameter[] parameters, params string[] names)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
            return command;
        }

        public void Dispose()
        {
            _insertEvent.Dispose();
            _insertTag.Dispose();
            _connection.Dispose();
        }
    }
}
