namespace Hive.Indicators.Registry;

/// <summary>
/// Columns of bars for the registry's batch invoker. <see cref="Extra"/> holds further real columns by name
/// (MAVP reads its periods from a column called <c>periods</c>).
/// </summary>
public sealed record PriceSeries(double[] Open, double[] High, double[] Low, double[] Close, double[] Volume)
{
    public IReadOnlyDictionary<string, double[]> Extra { get; init; } = new Dictionary<string, double[]>();

    public int Length => Close.Length;

    /// <summary>The column named <paramref name="source"/> (open/high/low/close/volume or an extra column).</summary>
    public double[] Column(string source) => source.ToLowerInvariant() switch
    {
        "open" => Open,
        "high" => High,
        "low" => Low,
        "close" => Close,
        "volume" => Volume,
        _ => Extra.TryGetValue(source, out var column)
            ? column
            : throw new ArgumentException($"the input column '{source}' is not in the series (columns: open, high, low, close, volume{string.Concat(Extra.Keys.Select(k => ", " + k))})", nameof(source)),
    };

    public Ohlcv Bar(int i) => new(Open[i], High[i], Low[i], Close[i], Volume[i]);
}
