namespace Hive.Indicators.Registry;

/// <summary>The outputs of one batch computation and the first index holding valid values.</summary>
public sealed record IndicatorResult(int FirstValidIndex, IReadOnlyList<OutputSeries> Outputs);
