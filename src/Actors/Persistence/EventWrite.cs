using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.Journal;

namespace Hive.Actors.Persistence;

/// <summary>One event, serialized and ready to insert.</summary>
internal sealed record EventWrite(string PersistenceId, long SequenceNr, long Timestamp, string WriterUuid, string EventManifest,
    StoredPayload Payload, string[] Tags)
{
    /// <summary>Serializes one event as <see cref="AsyncWriteJournal"/> hands it over: event adapters already applied, so tags
    /// arrive as a <see cref="Tagged"/> payload; a timestamp of 0 becomes now (UTC ticks), as the SQL plugin stores it.</summary>
    public static EventWrite From(ExtendedActorSystem system, IPersistentRepresentation message)
    {
        var (payload, tags) = message.Payload is Tagged tagged
            ? (tagged.Payload, tagged.Tags.ToArray())
            : (message.Payload, Array.Empty<string>());
        var timestamp = message.Timestamp != 0 ? message.Timestamp : DateTime.UtcNow.Ticks;
        return new EventWrite(message.PersistenceId, message.SequenceNr, timestamp, message.WriterGuid ?? "", message.Manifest ?? "",
            StoredPayload.From(system, payload), tags);
    }

    /// <summary>Serializes each <see cref="AtomicWrite"/>; one whose payload does not serialize is rejected alone (its entity gets
    /// <c>OnPersistRejected</c>), so the results hold null or that error per write, in order.</summary>
    public static (List<EventWrite> Events, List<Exception?> Results) FromWrites(ExtendedActorSystem system, IEnumerable<AtomicWrite> writes)
    {
        var results = new List<Exception?>();
        var events = new List<EventWrite>();
        foreach (var write in writes)
        {
            try
            {
                // Serialized whole before any is kept: a write whose second event fails keeps none of its events.
                var serialized = ((IReadOnlyList<IPersistentRepresentation>)write.Payload).Select(m => From(system, m)).ToList();
                events.AddRange(serialized);
                results.Add(null);
            }
            catch (Exception e)
            {
                results.Add(e);
            }
        }
        return (events, results);
    }
}
