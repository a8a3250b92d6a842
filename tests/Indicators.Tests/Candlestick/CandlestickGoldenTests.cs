using Hive.Indicators.Candlestick;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>Every pattern against TA-Lib 0.6's own output on 5,105 S&amp;P 500 daily bars, default and alternate parameters.</summary>
public sealed class CandlestickGoldenTests(CandlestickGoldenFixture golden) : IClassFixture<CandlestickGoldenFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "default", "alt" })
        {
            foreach (var function in CandlestickCatalog.Functions)
                data.Add(function.Name, set);
        }

        return data;
    }

    [Fact]
    public void Catalog_holds_exactly_the_61_TA_Lib_candlestick_patterns()
    {
        var expected = golden.PatternNames("default").Order().ToArray();
        var actual = CandlestickCatalog.Functions.Select(f => f.Name).Order().ToArray();
        Assert.Equal(61, expected.Length);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Batch_output_equals_TA_Lib_exactly(string name, string set)
    {
        var function = CandlestickCatalog.Find(name)!;
        var penetration = Penetration(function, set);
        var expected = golden.Expected(set, name);
        var output = new int[golden.Close.Length];

        var first = function.Compute(golden.Open, golden.High, golden.Low, golden.Close, output, penetration);

        Assert.Equal(expected.Length, output.Length);
        Assert.Equal(Array.FindIndex(expected, v => v is not null), first);
        var mismatches = Enumerable.Range(first, output.Length - first).Where(i => expected[i] != output[i]).ToArray();
        Assert.True(mismatches.Length == 0,
            $"{name}/{set}: {mismatches.Length} bars differ, first at {mismatches.FirstOrDefault()} " +
            $"(expected {expected[mismatches.FirstOrDefault()]}, got {output[mismatches.FirstOrDefault()]}).");
        Assert.All(output.Take(first), v => Assert.Equal(0, v));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lookback_equals_the_manifest(string name, string set)
    {
        var function = CandlestickCatalog.Find(name)!;
        var manifest = golden.Manifest(set, name);
        Assert.Equal(manifest.GetProperty("lookback").GetInt32(), function.Lookback(Penetration(function, set)));
        Assert.Equal(manifest.GetProperty("hint").GetString()!.Trim(), function.Hint.Trim());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streaming_equals_batch_at_every_bar(string name, string set)
    {
        var function = CandlestickCatalog.Find(name)!;
        var penetration = Penetration(function, set);
        var batch = new int[golden.Close.Length];
        var first = function.Compute(golden.Open, golden.High, golden.Low, golden.Close, batch, penetration);
        var stream = function.CreateStream(penetration);
        Assert.Equal(1, stream.OutputCount);
        Assert.Equal(first, stream.Lookback);

        for (var i = 0; i < batch.Length; i++)
        {
            var ready = stream.Update(new Ohlcv(golden.Open[i], golden.High[i], golden.Low[i], golden.Close[i], 0));
            Assert.Equal(i >= first, ready);
            if (ready)
                Assert.True(batch[i] == stream[0], $"{name}/{set} bar {i}: batch {batch[i]}, stream {stream[0]}.");
            else
                Assert.True(double.IsNaN(stream[0]), $"{name}/{set} bar {i}: stream gave {stream[0]} inside the lookback.");
        }
    }

    private double Penetration(CandlestickFunction function, string set)
    {
        var parameters = golden.Manifest(set, function.Name).GetProperty("params");
        return parameters.TryGetProperty("optInPenetration", out var value)
            ? value.GetDouble()
            : function.DefaultPenetration ?? 0.0;
    }
}
