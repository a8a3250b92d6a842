using Akka;
using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.Journal;
using Akka.Persistence.Query;
using Akka.Streams.Dsl;
using Akka.Util;
using Microsoft.Data.Sqlite;

namespace Hive.Actors.Persistence;

/// <summary>
/// Persistence queries over Hive's SQLite journal. Offsets are <see cref="Sequence"/> values of the global
/// <c>events.ordering</c> column and are exclusive: a stream resumed from an envelope's offset starts with
/// the event after it. Current queries read pages until a short page; live queries keep polling every
/// <c>refresh-interval</c> once they have caught up. The single journal writer commits in ordering order,
/// so a poll never sees a later ordering before an earlier one and an offset never skips an event.
/// Payloads pass through the event adapters of the journal named by <c>write-plugin</c>, as on replay.
/// </summary>
public sealed class SqliteReadJournal : IEventsByTagQuery, ICurrentEventsByTagQuery, IEventsByPersistenceIdQuery,
    ICurrentEventsByPersistenceIdQuery, ICurrentPersistenceIdsQuery
{
    public const string Identifier = "akka.persistence.query.journal.sqlite";

    private readonly ExtendedActorSystem _system;
    private readonly string _connectionString;
    private readonly TimeSpan _refreshInterval;
    private readonly int _pageSize;
    private readonly EventAdapters _adapters;

    public SqliteReadJournal(ExtendedActorSystem system, Config config)
    {
        _system = system;
        _connectionString = config.GetString("connection-string");
        _refreshInterval = config.GetTimeSpan("refresh-interval", TimeSpan.FromSeconds(1));
        _pageSize = config.GetInt("max-buffer-size", 500);
        _adapters = Akka.Persistence.Persistence.Instance.Apply(system).AdaptersFor(config.GetString("write-plugin", "akka.persistence.journal.sqlite"));
    }

    public Source<EventEnvelope, NotUsed> EventsByTag(string tag, Offset offset) => ByTag(tag, offset, live: true);

    public Source<EventEnvelope, NotUsed> CurrentEventsByTag(string tag, Offset offset) => ByTag(tag, offset, live: false);

    public Source<EventEnvelope, NotUsed> EventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr) =>
        ByPersistenceId(persistenceId, fromSequenceNr, toSequenceNr, live: true);

    public Source<EventEnvelope, NotUsed> CurrentEventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr) =>
        ByPersistenceId(persistenceId, fromSequenceNr, toSequenceNr, live: false);

    public Source<string, NotUsed> CurrentPersistenceIds() =>
        Source.FromTask(Read(SqliteEventReader.PersistenceIds)).SelectMany(ids => ids);

    private Source<EventEnvelope, NotUsed> ByTag(string tag, Offset offset, bool live)
    {
        var after = offset switch
        {
            Sequence s => s.Value,
            NoOffset or null => 0,
            _ => throw new ArgumentException($"the SQLite read journal takes a Sequence offset or NoOffset, not {offset.GetType().Name}", nameof(offset)),
        };
        return Poll(after, (c, cursor) => SqliteEventReader.ByTag(c, tag, cursor, _pageSize), e => e.Ordering, _ => false, live);
    }

    private Source<EventEnvelope, NotUsed> ByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr, bool live) =>
        Poll(Math.Max(fromSequenceNr, 1), (c, cursor) => SqliteEventReader.ByPersistenceId(c, persistenceId, cursor, toSequenceNr, _pageSize),
            e => e.SequenceNr + 1, cursor => cursor > toSequenceNr, live);

    /// <summary>
    /// Pages through the journal from <paramref name="start"/>: each page is read from the cursor, the cursor
    /// moves past its last event, and the stream ends at a short page (current) or when
    /// <paramref name="complete"/> says the range is exhausted; a live stream waits and polls again instead.
    /// </summary>
    private Source<EventEnvelope, NotUsed> Poll(long start, Func<SqliteConnection, long, List<StoredEvent>> page,
        Func<StoredEvent, long> cursorAfter, Func<long, bool> complete, bool live) =>
        Source.UnfoldAsync<(long Cursor, bool Done), IReadOnlyList<EventEnvelope>>((start, complete(start)), async state =>
        {
            while (!state.Done)
            {
                var events = await Read(c => page(c, state.Cursor));
                if (events.Count > 0)
                {
                    var cursor = cursorAfter(events[^1]);
                    var done = complete(cursor) || (!live && events.Count < _pageSize);
                    return Option<((long, bool), IReadOnlyList<EventEnvelope>)>.Create(((cursor, done), events.SelectMany(Envelopes).ToList()));
                }

                if (!live) break;
                await Task.Delay(_refreshInterval);
            }

            return Option<((long, bool), IReadOnlyList<EventEnvelope>)>.None;
        }).SelectMany(envelopes => envelopes);

    private IEnumerable<EventEnvelope> Envelopes(StoredEvent stored)
    {
        var payload = stored.Payload.ToObject(_system);
        return _adapters.Get(payload.GetType()).FromJournal(payload, stored.EventManifest).Events.Select(stored.ToEnvelope);
    }

    private Task<T> Read<T>(Func<SqliteConnection, T> read) => Task.Run(() =>
    {
        using var connection = SqliteJournalSchema.OpenForReading(_connectionString);
        return read(connection);
    });
}
