using Hive.Indicators.Registry;

namespace Hive.Indicators.Io;

/// <summary>Bars read from a CSV file: the date column as written, and the numeric columns.</summary>
public sealed record BarFile(IReadOnlyList<string> Dates, PriceSeries Series);
