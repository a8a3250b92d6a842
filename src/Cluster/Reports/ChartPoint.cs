namespace Hive.Cluster.Reports;

/// <summary>One point of a chart series: X is time in ticks (or any increasing number), Y the value.</summary>
public readonly record struct ChartPoint(double X, double Y);
