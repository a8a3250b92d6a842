namespace Hive.Actors.Entities;

/// <summary>How entity actors persist and rest.</summary>
/// <param name="SnapshotEvery">Save a snapshot after this many events, so recovery replays at most that many.</param>
/// <param name="PassivateAfter">Stop an idle entity that <c>CanPassivate</c> after this long.</param>
/// <param name="OrderGroups">How many order groups the order region has (<see cref="OrderGroupEntity"/>). Orders are hashed
/// to groups by client order id, so this must never change for a journal that holds orders.</param>
/// <param name="FinishedOrdersKept">Finished orders each group keeps in memory (to answer questions and repeats about them
/// at once) before it forgets the oldest that the read side holds.</param>
/// <param name="GroupSnapshotEvery">Events between an order group's snapshots: a group's snapshot holds its open and kept
/// orders, so it is taken less often than a single entity's, and recovery replays at most this many events.</param>
public sealed record EntitySettings(int SnapshotEvery, TimeSpan PassivateAfter, int OrderGroups, int FinishedOrdersKept, int GroupSnapshotEvery)
{
    public static EntitySettings Default { get; } = new(100, TimeSpan.FromMinutes(2), 32, 100, 2_000);
}
