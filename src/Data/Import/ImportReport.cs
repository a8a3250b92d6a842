using Hive.Data.Lake;

namespace Hive.Data.Import;

/// <summary>The summary of one import. Every input row is counted exactly once in
/// <see cref="Accepted"/> (which includes <see cref="Repaired"/>) or <see cref="Rejected"/>; accepted rows are
/// either <see cref="Written"/> or <see cref="AlreadyInLake"/>. When <see cref="WrittenToLake"/> is false (strict
/// policy with rejections) nothing was written.</summary>
public sealed record ImportReport(
    string Source,
    SeriesKey Series,
    int Accepted,
    int Repaired,
    IReadOnlyList<RejectedRow> Rejected,
    IReadOnlyList<GapWarning> Gaps,
    int Written,
    int AlreadyInLake,
    bool WrittenToLake,
    string? QuarantineKey,
    TimeSpan Elapsed)
{
    public int TotalRows => Accepted + Rejected.Count;

    public string Summary =>
        $"{Source} → {Series}: {TotalRows} rows, {Accepted} accepted ({Repaired} repaired), {Rejected.Count} rejected, " +
        $"{Written} written, {AlreadyInLake} already in the lake, {Gaps.Count} gap warning(s)" +
        (WrittenToLake ? "" : "; NOTHING WRITTEN (strict policy --repair none and rows were rejected)") +
        (QuarantineKey is null ? "" : $"; rejected rows in {QuarantineKey}");
}
