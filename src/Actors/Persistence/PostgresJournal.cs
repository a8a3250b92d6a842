using System.Collections.Concurrent;
using System.Collections.Immutable;
using Akka.Actor;
using Akka.Configuration;
using Akka.Event;
using Akka.Persistence;
using Akka.Persistence.Sql.Journal;
using Hive.Core.ReadModel;

namespace Hive.Actors.Persistence;

/// <summary>
/// The PostgreSQL journal: Akka.Persistence.Sql's <see cref="SqlWriteJournal"/> (its tables, created at start; its replay,
/// highest sequence number, deletes and, beside it, its query plugin and snapshot store) with Hive's write path
/// (<see cref="PostgresWriter"/>: every pending write in one array insert, on <c>parallelism</c> connections) instead of the plugin's, which
/// builds each batch as linq2db SQL on a freshly opened connection: measured alone with 4 writers, 1.8 ms and 667 µs of CPU
/// per single-event write, where PostgreSQL itself takes 0.18 ms (docs/journal.md). Before its first write it gives the read
/// side's tag a partial index (<see cref="PostgresWriter.IndexTagsAsync"/>), which the plugin's tag query needs. Needs the plugin's default table mapping
/// and <c>tag-write-mode = Csv</c>, which <see cref="Hosting.HiveHocon"/> sets.
/// </summary>
public sealed class PostgresJournal : SqlWriteJournal
{
    private readonly ExtendedActorSystem _system;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly PostgresWriter _writer;
    private readonly TimeSpan _writeDeadline;
    // The write in flight per entity: the highest sequence number is read only after it (as the plugin does for its own).
    private readonly ConcurrentDictionary<string, Task> _inFlight = new();
    // The read side's tag index, made before the first write: the plugin creates the journal table at start, before any write.
    private Task? _tagIndexes;

    public PostgresJournal(Config config) : base(config)
    {
        if (config.GetString("table-mapping", "default") != "default" || !config.GetString("tag-write-mode", "").Equals("Csv", StringComparison.OrdinalIgnoreCase))
            throw new ConfigurationException($"{nameof(PostgresJournal)} writes the plugin's default table mapping with tag-write-mode = Csv");
        _system = (ExtendedActorSystem)Context.System;
        _writeDeadline = config.GetTimeSpan("circuit-breaker.call-timeout", TimeSpan.FromSeconds(10)) * 0.8;
        _writer = new PostgresWriter(config.GetString("connection-string"), config.GetInt("max-batch-events", 5000),
            config.GetInt("parallelism", 4));
    }

    // The plugin declares the results non-null; a null still means "written", as Akka reads them.
    protected override async Task<IImmutableList<Exception>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
    {
        var (events, written) = EventWrite.FromWrites(_system, messages);
        var results = written.Select(e => e!).ToImmutableList();
        if (events.Count == 0) return results;
        await (_tagIndexes ??= IndexTagsAsync());
        var write = _writer.AppendAsync(events, _writeDeadline);
        foreach (var id in events.Select(e => e.PersistenceId).Distinct())
        {
            _inFlight[id] = write;
            _ = write.ContinueWith(_ => _inFlight.TryRemove(new KeyValuePair<string, Task>(id, write)), TaskScheduler.Default);
        }
        await write;
        return results;
    }

    private async Task IndexTagsAsync()
    {
        try
        {
            await _writer.IndexTagsAsync(ReadModelTags.All);
        }
        catch (Exception e)
        {
            // Only the read side's catching up is slower without it: the journal writes on, and the next start tries again.
            _log.Warning(e, "The journal's read-model tag index could not be created; the read side's queries scan instead");
        }
    }

    public override async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        if (_inFlight.TryGetValue(persistenceId, out var write))
            await write.ContinueWith(_ => { }, TaskScheduler.Default);
        return await base.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);
    }

    protected override void PostStop()
    {
        _writer.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        base.PostStop();
    }
}
