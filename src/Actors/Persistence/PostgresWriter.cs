using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Hive.Actors.Persistence;

/// <summary>
/// The PostgreSQL journal's write path (<see cref="PostgresJournal"/>): a few connections, each inserting every write waiting in
/// the queue, from every entity, up to <c>maxBatchEvents</c>, as one statement over arrays (<c>INSERT … SELECT FROM unnest(…)</c>),
/// into the Akka.Persistence.Sql plugin's own <c>journal</c> table (default table mapping, tags as a <c>;tag;</c> column), so
/// the plugin's replay, queries and deletes read what it writes. One statement is one transaction: all of a batch or none.
/// Statements on several connections commit out of order, so an ordering can show before a lower one: the plugin's query
/// side waits for such gaps, as it does for the plugin's own parallel writers.
/// A batch the server refuses (a duplicate sequence number) is retried write by write, so only the offending write fails.
/// Like the SQLite writer, a write still queued past its deadline is failed unwritten: its caller (Akka's circuit breaker) has
/// given up on it and restarted the entity, so it must never commit behind the recovered entity's back.
/// </summary>
internal sealed class PostgresWriter : IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO journal (deleted, persistence_id, sequence_number, created, tags, message, identifier, manifest, writer_uuid)
        SELECT false, p, s, c, t, m, i, f, w FROM unnest(@p, @s, @c, @t, @m, @i, @f, @w) AS x(p, s, c, t, m, i, f, w)
        """;

    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = false });
    private readonly NpgsqlDataSource _source;
    private readonly int _maxBatchEvents;
    private readonly Task[] _loops;

    public PostgresWriter(string connectionString, int maxBatchEvents, int connections)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        _maxBatchEvents = maxBatchEvents;
        _loops = Enumerable.Range(0, connections).Select(_ => Task.Run(RunAsync)).ToArray();
    }

    /// <summary>Inserts the events all-or-nothing; completes once they are committed, or fails unwritten once
    /// <paramref name="within"/> has passed while it waited.</summary>
    public Task AppendAsync(IReadOnlyList<EventWrite> events, TimeSpan within)
    {
        var job = new Job(events, Environment.TickCount64 + (long)within.TotalMilliseconds);
        return _queue.Writer.TryWrite(job)
            ? job.Done.Task
            : Task.FromException(new ObjectDisposedException(nameof(PostgresWriter), "the PostgreSQL journal's writer has stopped"));
    }

    private async Task RunAsync()
    {
        NpgsqlConnection? connection = null;
        var batch = new List<Job>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var events = 0;
            while (events < _maxBatchEvents && _queue.Reader.TryRead(out var job))
            {
                var now = Environment.TickCount64;
                if (job.Deadline <= now)
                {
                    job.Done.TrySetException(new TimeoutException(
                        $"not written: the write waited {job.Waited(now):0} ms for the PostgreSQL journal's writer, past its deadline"));
                    continue;
                }
                batch.Add(job);
                events += job.Events.Count;
            }
            if (batch.Count == 0) continue;

            Exception? failure;
            (connection, failure) = await WriteAsync(connection, batch);
            if (failure is null)
            {
                foreach (var job in batch) job.Done.TrySetResult();
            }
            else if (failure is PostgresException && batch.Count > 1)
            {
                foreach (var job in batch)
                {
                    Exception? error;
                    (connection, error) = await WriteAsync(connection, [job]);
                    if (error is null) job.Done.TrySetResult();
                    else job.Done.TrySetException(error);
                }
            }
            else
            {
                foreach (var job in batch) job.Done.TrySetException(failure);
            }
        }
        if (connection is not null) await connection.DisposeAsync();
    }

    /// <summary>Inserts every event of the jobs in one statement; returns the error instead when it failed (the connection
    /// is then dropped, and the next batch opens a fresh one).</summary>
    private async Task<(NpgsqlConnection?, Exception?)> WriteAsync(NpgsqlConnection? connection, List<Job> jobs)
    {
        var count = jobs.Sum(j => j.Events.Count);
        var (ids, seqs, created, tags, messages, serializers, manifests, writers) =
            (new string[count], new long[count], new long[count], new string[count], new byte[count][], new int[count], new string[count], new string[count]);
        var n = 0;
        foreach (var job in jobs)
            foreach (var e in job.Events)
            {
                (ids[n], seqs[n], created[n], writers[n]) = (e.PersistenceId, e.SequenceNr, e.Timestamp, e.WriterUuid);
                tags[n] = TagColumn(e.Tags);
                (messages[n], serializers[n], manifests[n]) = (e.Payload.Bytes, e.Payload.SerializerId, e.Payload.Manifest);
                n++;
            }

        try
        {
            connection ??= await _source.OpenConnectionAsync();
            // A statement still running at the batch's earliest deadline is cancelled rather than left to commit late.
            var left = jobs.Min(j => j.Deadline) - Environment.TickCount64;
            await using var command = new NpgsqlCommand(Insert, connection) { CommandTimeout = (int)Math.Max(1, Math.Ceiling(left / 1000.0)) };
            command.Parameters.Add(new NpgsqlParameter<string[]>("p", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ids });
            command.Parameters.Add(new NpgsqlParameter<long[]>("s", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = seqs });
            command.Parameters.Add(new NpgsqlParameter<long[]>("c", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = created });
            command.Parameters.Add(new NpgsqlParameter<string[]>("t", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = tags });
            command.Parameters.Add(new NpgsqlParameter<byte[][]>("m", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = messages });
            command.Parameters.Add(new NpgsqlParameter<int[]>("i", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = serializers });
            command.Parameters.Add(new NpgsqlParameter<string[]>("f", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = manifests });
            command.Parameters.Add(new NpgsqlParameter<string[]>("w", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = writers });
            await command.ExecuteNonQueryAsync();
            return (connection, null);
        }
        catch (Exception e)
        {
            if (e is PostgresException || connection is null) return (connection, e);
            await connection.DisposeAsync();
            return (null, e);
        }
    }

    /// <summary>Gives each tag a partial index of the journal's orderings (<c>WHERE tags LIKE '%;tag;%'</c>), created once and
    /// kept up to date by PostgreSQL. The plugin's EventsByTag asks for a tag's rows over an ordering range, first ones
    /// first, with that very condition, and its journal has no index for it: PostgreSQL estimated the tag's rows at 1,
    /// scanned every row of the range and sorted them (41 ms for a 60,000-row range, where the index reads 500 rows in
    /// 0.4 ms), so a projection behind by a burst read the whole of its lag again for every 500 events.</summary>
    public async Task IndexTagsAsync(IEnumerable<string> tags)
    {
        await using var connection = await _source.OpenConnectionAsync();
        foreach (var tag in tags)
        {
            // The tag goes into the statement's text (a partial index's condition cannot be a parameter).
            if (tag.Length == 0 || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                throw new ArgumentException($"a journal tag to index is letters, digits and '-' only: '{tag}'", nameof(tags));
            // Not CONCURRENTLY: an interrupted concurrent build leaves an invalid index that IF NOT EXISTS would keep.
            var name = "journal_tag_" + tag.Replace('-', '_');
            await using var command = new NpgsqlCommand(
                $"CREATE INDEX IF NOT EXISTS {name} ON journal (ordering) WHERE tags LIKE '%{TagColumn([tag])}%'", connection);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The tags column as the plugin writes it in CSV mode: <c>;a;b;</c>, empty for none.</summary>
    private static string TagColumn(string[] tags) => tags.Length == 0 ? "" : $";{string.Join(';', tags)};";

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_loops);
        await _source.DisposeAsync();
    }

    private sealed record Job(IReadOnlyList<EventWrite> Events, long Deadline)
    {
        private readonly long _queued = Environment.TickCount64;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Waited(long now) => now - _queued;
    }
}

