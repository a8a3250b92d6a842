using Hive.Data.Import;
using Hive.Data.Lake;

namespace Hive.Data.Samples;

/// <summary>What importing one sample series did.</summary>
public sealed record SampleImportResult(SeriesKey Series, int Rows, int Written, int AlreadyPresent, int Rejected, bool Synthetic)
{
    public static SampleImportResult From(ImportReport report) =>
        new(report.Series, report.TotalRows, report.Written, report.AlreadyInLake, report.Rejected.Count, false);
}
