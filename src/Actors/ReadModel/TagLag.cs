namespace Hive.Actors.ReadModel;

/// <summary>How far the projection is behind the journal on one tag: events written but not yet folded (a lower
/// bound when <see cref="AtLeast"/>), and the age of the newest folded event.</summary>
public sealed record TagLag(string Tag, long Position, long EventsBehind, bool AtLeast, double? SecondsSinceNewestEvent, long EventsProjected);
