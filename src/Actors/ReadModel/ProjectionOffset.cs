namespace Hive.Actors.ReadModel;

/// <summary>How far the projection has folded one tag: the journal position reached, when the newest folded event was
/// written, and how many events it has folded since the read tables were last rebuilt.</summary>
public sealed record ProjectionOffset(string Tag, long Position, DateTime? NewestEventAt, long Events);
