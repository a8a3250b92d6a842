using Hive.Core.MarketData;

namespace Hive.Data.Import;

/// <summary>The outcome of validation: rows to write (time-ordered), how many of them were repaired, what was
/// rejected, and gap warnings.</summary>
public sealed record ValidatedBars(BarSeries Accepted, int Repaired, IReadOnlyList<RejectedRow> Rejected, IReadOnlyList<GapWarning> Gaps);
