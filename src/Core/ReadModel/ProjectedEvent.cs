namespace Hive.Core.ReadModel;

/// <summary>
/// One journal event as the read side receives it: the tag stream it came from, its position in that stream
/// (<see cref="Offset"/>, the journal's global ordering), which entity wrote it and at which sequence number.
/// The sequence number lets a row refuse an event it has already folded, so a redelivered event never counts twice.
/// </summary>
public sealed record ProjectedEvent(string Tag, long Offset, string PersistenceId, long SequenceNr, object Event, DateTime Timestamp);
