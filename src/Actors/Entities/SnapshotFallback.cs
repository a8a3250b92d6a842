using System.Collections.Concurrent;
using Akka.Persistence;

namespace Hive.Actors.Entities;

/// <summary>
/// Snapshots an entity could not use, per persistence id, for this process: the next incarnation of the entity
/// recovers from an older snapshot or from the events alone (events are never deleted), instead of failing on the same
/// snapshot forever. A snapshot of the wrong type is skipped down to the one before it; one that cannot be loaded at
/// all (corrupt) is skipped altogether.
/// </summary>
public static class SnapshotFallback
{
    private static readonly ConcurrentDictionary<string, long> Below = new();

    /// <summary>The recovery an entity should run: normal, or below the snapshots that failed.</summary>
    public static Recovery RecoveryFor(string persistenceId) =>
        Below.TryGetValue(persistenceId, out var below)
            ? new Recovery(new SnapshotSelectionCriteria(below))
            : Recovery.Default;

    /// <summary>The snapshot at <paramref name="sequenceNr"/> is unusable: skip it and everything after it.</summary>
    public static void Skip(string persistenceId, long sequenceNr) =>
        Below.AddOrUpdate(persistenceId, sequenceNr - 1, (_, known) => Math.Min(known, sequenceNr - 1));

    /// <summary>No snapshot of this entity could be loaded: recover from its events alone.</summary>
    public static void SkipAll(string persistenceId) => Below[persistenceId] = -1;
}
