using Hive.Core.MarketData;

namespace Hive.Data.Lake;

/// <summary>One row of <c>hive data ls</c>.</summary>
public sealed record CatalogEntry(SeriesKey Series, DateTime? First, DateTime? Last, long Rows, long Bytes, int Parts, bool Synthetic, string Source)
{
    public BarInterval Interval => Series.Interval;
}
