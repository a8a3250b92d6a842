namespace Hive.Core.Domain;

/// <summary>What every entity state tells its host actor.</summary>
public interface IEntityState : IHiveSerializable
{
    /// <summary>Events applied so far; the next event's id is derived from it.</summary>
    long Version { get; }

    /// <summary>True when nothing depends on the entity staying in memory, so an idle entity may be
    /// passivated (and, with remember-entities, forgotten until its next message).</summary>
    bool CanPassivate { get; }
}
