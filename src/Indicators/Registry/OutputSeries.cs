namespace Hive.Indicators.Registry;

/// <summary>One computed output: <see cref="Real"/> for real outputs (NaN in the lookback), <see cref="Integer"/> otherwise (0 in the lookback).</summary>
public sealed record OutputSeries(string Name, double[]? Real, int[]? Integer)
{
    /// <summary>The value at <paramref name="i"/> as a double whatever the output type.</summary>
    public double this[int i] => Real is not null ? Real[i] : Integer![i];
}
