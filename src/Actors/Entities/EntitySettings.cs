namespace Hive.Actors.Entities;

/// <summary>How entity actors persist and rest.</summary>
/// <param name="SnapshotEvery">Save a snapshot after this many events, so recovery replays at most that many.</param>
/// <param name="PassivateAfter">Stop an idle entity that <c>CanPassivate</c> after this long.</param>
/// <param name="MinBackoff">First restart delay after the entity stopped on a journal failure.</param>
/// <param name="MaxBackoff">Longest restart delay; doubles up to it while the journal stays down.</param>
public sealed record EntitySettings(int SnapshotEvery, TimeSpan PassivateAfter, TimeSpan MinBackoff, TimeSpan MaxBackoff)
{
    public static EntitySettings Default { get; } = new(100, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));
}
