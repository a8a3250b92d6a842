namespace Hive.Actors.Entities;

/// <summary>How entity actors persist and rest.</summary>
/// <param name="SnapshotEvery">Save a snapshot after this many events, so recovery replays at most that many.</param>
/// <param name="PassivateAfter">Stop an idle entity that <c>CanPassivate</c> after this long.</param>
/// <param name="PassivateFinishedOrderAfter">Stop a finished order that owes nothing after this long idle: at desk rates
/// thousands of orders finish every second, and each one kept for <paramref name="PassivateAfter"/> would hold the heap
/// (and the garbage collector's pauses) hostage. A late question for it starts it again from its few events.</param>
public sealed record EntitySettings(int SnapshotEvery, TimeSpan PassivateAfter, TimeSpan PassivateFinishedOrderAfter)
{
    public static EntitySettings Default { get; } = new(100, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1));
}
