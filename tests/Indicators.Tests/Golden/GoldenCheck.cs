using Hive.Indicators.Registry;
using Hive.Indicators.Streaming;

namespace Hive.Indicators.Tests.Golden;

/// <summary>Compares one registry function with TA-Lib's output: lookback, batch values, streaming values.</summary>
public static class GoldenCheck
{
    public const double Tolerance = 1e-9;

    /// <summary>Returns null when everything matches, else a description of the first mismatch.</summary>
    public static string? Run(string variant, string name)
    {
        var golden = GoldenData.Manifest(variant)[name];
        var definition = IndicatorRegistry.Find(name);
        if (definition is null) return $"{name} is not in the registry";
        var series = GoldenData.Sample.Series;
        var lookback = definition.Lookback(golden.Parameters);
        if (lookback != golden.Lookback) return $"lookback {lookback}, TA-Lib says {golden.Lookback}";

        var result = definition.Compute(series, golden.Parameters);
        var n = series.Length;
        var expected = GoldenData.Outputs(variant, name);
        if (result.Outputs.Count != expected.Length) return $"{result.Outputs.Count} outputs, TA-Lib has {expected.Length}";
        var expectedFirst = Math.Min(golden.Lookback, n);
        if (result.FirstValidIndex != expectedFirst) return $"first valid index {result.FirstValidIndex}, expected {expectedFirst}";
        for (var k = 0; k < expected.Length; k++)
        {
            var output = result.Outputs[k];
            if (output.Name != golden.Outputs[k].Name) return $"output {k} is named {output.Name}, TA-Lib says {golden.Outputs[k].Name}";
            for (var i = 0; i < n; i++)
            {
                var want = expected[k][i];
                var got = output[i];
                if (i < golden.Lookback)
                {
                    if (output.Real is not null && !double.IsNaN(got)) return $"batch {output.Name}[{i}] = {got:R}, expected empty (lookback)";
                    continue;
                }
                if (!Close(got, want, output.Integer is not null)) return $"batch {output.Name}[{i}] = {got:R}, TA-Lib {want:R}";
            }
        }

        var stream = definition.CreateStream(golden.Parameters);
        if (stream.Lookback != golden.Lookback) return $"stream lookback {stream.Lookback}, TA-Lib says {golden.Lookback}";
        var twoReals = definition.Inputs.Count(i => i.Kind == InputKind.Real) == 2;
        var real1 = twoReals ? series.Column(definition.Inputs[1].Source) : null;
        for (var i = 0; i < n; i++)
        {
            var ready = twoReals && stream is TwoRealStreamingIndicator two
                ? two.Update(series.Close[i], real1![i])
                : stream.Update(series.Bar(i));
            if (ready != i >= golden.Lookback) return $"stream IsReady={ready} after bar {i}, lookback {golden.Lookback}";
            for (var k = 0; k < expected.Length; k++)
            {
                var batch = result.Outputs[k][i];
                var got = stream[k];
                if (!ready)
                {
                    if (!double.IsNaN(got)) return $"stream output {k} after bar {i} = {got:R} before ready";
                    continue;
                }
                if (!Close(got, batch, result.Outputs[k].Integer is not null)) return $"stream {result.Outputs[k].Name} after bar {i} = {got:R}, batch {batch:R}";
            }
        }
        return null;
    }

    public static bool Close(double got, double want, bool integer)
    {
        if (integer || double.IsInfinity(want)) return got == want;
        if (double.IsNaN(got) || double.IsNaN(want)) return double.IsNaN(got) && double.IsNaN(want);
        var diff = Math.Abs(got - want);
        return diff <= Tolerance || diff <= Tolerance * Math.Max(Math.Abs(got), Math.Abs(want));
    }
}
