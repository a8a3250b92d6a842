namespace Hive.Cluster.Reports;

/// <summary>A line to draw: its CSS class (which sets its colour), its legend label, and its points (X in ticks).
/// <see cref="FillToZero"/> shades the area between the line and zero, as the drawdown chart does.</summary>
internal sealed record ChartSeries(string CssClass, string Label, IReadOnlyList<ChartPoint> Points, bool FillToZero = false);
