using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.Query;

namespace Hive.Actors.Persistence;

/// <summary>One row of the <c>events</c> table, before its payload is deserialized.</summary>
internal sealed record StoredEvent(long Ordering, string PersistenceId, long SequenceNr, long Timestamp, string WriterUuid,
    string EventManifest, StoredPayload Payload, string[] Tags)
{
    public const char TagSeparator = '\u001f';

    public IPersistentRepresentation ToPersistent(ExtendedActorSystem system) =>
        new Persistent(Payload.ToObject(system), SequenceNr, PersistenceId, EventManifest, false, ActorRefs.NoSender, WriterUuid, Timestamp);

    public EventEnvelope ToEnvelope(object @event) =>
        new(new Sequence(Ordering), PersistenceId, SequenceNr, @event, Timestamp, Tags);
}
