namespace Hive.Cluster.Reports;

/// <summary>A span of the time axis to shade behind the lines (a fault window), or one moment (<see cref="From"/> equal
/// to <see cref="To"/>) drawn as a vertical line; X in the same units as the series' points. Its CSS class sets its
/// colour, its label is written at its top.</summary>
internal sealed record ChartMarker(string CssClass, string Label, double From, double To);
