namespace Hive.Core.Domain;

/// <summary>A persisted fact. <see cref="EventId"/> is deterministic (entity id and version), so a
/// replayed or re-delivered event is recognisable.</summary>
public interface IDomainEvent : IHiveMessage
{
    string EventId { get; }

    DateTime OccurredAt { get; }

    DateTime RecordedAt { get; }
}
