namespace Hive.Actors.Persistence;

/// <summary>One event, serialized and ready to insert.</summary>
internal sealed record EventWrite(string PersistenceId, long SequenceNr, long Timestamp, string WriterUuid, string EventManifest,
    StoredPayload Payload, string[] Tags);
