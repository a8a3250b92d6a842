using Hive.Indicators.Registry;
using Hive.Indicators.Streaming;
using Hive.Indicators.Tests.Golden;

namespace Hive.Indicators.Tests.EdgeCases;

/// <summary>Runs a registry function in batch and streaming over any series and reports the first disagreement.</summary>
public static class StreamBatchAgreement
{
    public static string? Check(IndicatorDefinition definition, PriceSeries series, IReadOnlyDictionary<string, double>? parameters = null)
    {
        var result = definition.Compute(series, parameters);
        var lookback = definition.Lookback(parameters);
        var n = series.Length;
        if (result.FirstValidIndex != Math.Min(lookback, n)) return $"first valid index {result.FirstValidIndex}, lookback {lookback}, length {n}";
        var stream = definition.CreateStream(parameters);
        var twoReals = definition.Inputs.Count(i => i.Kind == InputKind.Real) == 2;
        var real1 = twoReals ? series.Column(definition.Inputs[1].Source) : null;
        for (var i = 0; i < n; i++)
        {
            var ready = twoReals && stream is TwoRealStreamingIndicator two ? two.Update(series.Close[i], real1![i]) : stream.Update(series.Bar(i));
            if (ready != i >= lookback) return $"IsReady={ready} after bar {i}, lookback {lookback}";
            for (var k = 0; k < result.Outputs.Count; k++)
            {
                var output = result.Outputs[k];
                if (i < lookback)
                {
                    if (output.Real is not null ? !double.IsNaN(output.Real[i]) : output.Integer![i] != 0) return $"batch {output.Name}[{i}] set inside the lookback";
                    if (!double.IsNaN(stream[k])) return $"stream output {k} set inside the lookback";
                    continue;
                }
                if (!GoldenCheck.Close(stream[k], output[i], output.Integer is not null)) return $"stream {output.Name} after bar {i} = {stream[k]:R}, batch {output[i]:R}";
            }
        }
        return null;
    }

    public static PriceSeries Flat(int n, double price, double volume) =>
        Series(Enumerable.Repeat(price, n).ToArray(), Enumerable.Repeat(price, n).ToArray(), Enumerable.Repeat(price, n).ToArray(), Enumerable.Repeat(price, n).ToArray(), Enumerable.Repeat(volume, n).ToArray());

    /// <summary>A seeded random walk with consistent OHLC bars (high ≥ open, close ≥ low) and random volume.</summary>
    public static PriceSeries RandomWalk(int n, int seed)
    {
        var random = new Random(seed);
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        var price = 50.0;
        for (var i = 0; i < n; i++)
        {
            open[i] = price;
            price = Math.Max(1.0, price * (1 + ((random.NextDouble() - 0.5) * 0.04)));
            close[i] = price;
            high[i] = Math.Max(open[i], close[i]) * (1 + (random.NextDouble() * 0.01));
            low[i] = Math.Min(open[i], close[i]) * (1 - (random.NextDouble() * 0.01));
            volume[i] = Math.Floor(random.NextDouble() * 1e6);
        }
        return Series(open, high, low, close, volume);
    }

    public static PriceSeries Series(double[] open, double[] high, double[] low, double[] close, double[] volume) =>
        new(open, high, low, close, volume)
        {
            Extra = new Dictionary<string, double[]> { ["periods"] = Enumerable.Range(0, close.Length).Select(i => 2.0 + (i % 40)).ToArray() },
        };
}
