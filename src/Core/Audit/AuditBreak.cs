namespace Hive.Core.Audit;

/// <summary>Where a chain stops being what was written: the first record that is not, and why (modified, missing before it,
/// inserted, out of order).</summary>
public sealed record AuditBreak(string Chain, long Sequence, string Reason);
