using System.Collections.Immutable;
using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.Journal;

namespace Hive.Actors.Persistence;

/// <summary>
/// Hive's SQLite event journal (plugin <c>akka.persistence.journal.sqlite</c>). Writes are serialized
/// here, on the journal actor, and handed to the file's one <see cref="SqliteWriter"/>, which commits
/// every pending write of every entity in one transaction; replay and the highest sequence number are
/// read on pooled connections beside it (WAL lets them run while the writer commits). Event adapters
/// are applied by <see cref="AsyncWriteJournal"/>, so tags arrive as <see cref="Tagged"/> payloads.
/// </summary>
public sealed class SqliteJournal : AsyncWriteJournal
{
    private const int ReplayPage = 1000;
    private readonly ExtendedActorSystem _system;
    private readonly string _connectionString;
    private readonly SqliteWriter.Lease _writer;

    /// <summary>How long a write may wait in the writer before it is failed unwritten: four fifths of the circuit breaker's
    /// call-timeout, after which Akka tells the entity its persist failed (<see cref="SqliteWriter"/> says why it must then
    /// never commit).</summary>
    private readonly TimeSpan _writeDeadline;

    public SqliteJournal(Config config)
    {
        _writeDeadline = config.GetTimeSpan("circuit-breaker.call-timeout", TimeSpan.FromSeconds(10)) * 0.8;
        _system = (ExtendedActorSystem)Context.System;
        _connectionString = SqliteJournalSchema.EnsureFor(config);
        _writer = SqliteWriter.Acquire(_connectionString, config.GetInt("max-batch-events", 5000));
    }

    protected override async Task<IImmutableList<Exception?>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
    {
        var (events, results) = EventWrite.FromWrites(_system, messages);
        if (events.Count > 0) await _writer.Writer.AppendAsync(events, _writeDeadline);
        return results.ToImmutableList();
    }

    protected override Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        _writer.Writer.DeleteToAsync(persistenceId, toSequenceNr, _writeDeadline);

    public override Task ReplayMessagesAsync(IActorContext context, string persistenceId, long fromSequenceNr, long toSequenceNr, long max,
        Action<IPersistentRepresentation> recoveryCallback) => Task.Run(() =>
    {
        using var connection = SqliteJournalSchema.OpenForReading(_connectionString);
        var next = fromSequenceNr;
        var left = max;
        while (left > 0 && next <= toSequenceNr)
        {
            var page = SqliteEventReader.ByPersistenceId(connection, persistenceId, next, toSequenceNr, Math.Min(left, ReplayPage));
            foreach (var stored in page) recoveryCallback(stored.ToPersistent(_system));
            if (page.Count < Math.Min(left, ReplayPage)) return;
            left -= page.Count;
            next = page[^1].SequenceNr + 1;
        }
    });

    public override Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) => Task.Run(() =>
    {
        using var connection = SqliteJournalSchema.OpenForReading(_connectionString);
        return SqliteEventReader.HighestSequenceNr(connection, persistenceId);
    }, cancellationToken);

    protected override void PostStop()
    {
        _writer.Dispose();
        base.PostStop();
    }
}
