using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Tests.MarketData;

public sealed class SyntheticBarGeneratorTests
{
    private static SyntheticSeriesSpec Spec(AssetClass assetClass, int seed) => new(new InstrumentId("SIMX", "BTC-USDT"), assetClass, BarInterval.OneHour,
        new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), 40000m, 0.8, seed, DegreesOfFreedom: 3);

    [Fact]
    public void The_same_seed_gives_the_same_bars_and_another_seed_different_ones()
    {
        var a = SyntheticBarGenerator.Generate(Spec(AssetClass.Crypto, 42));
        var b = SyntheticBarGenerator.Generate(Spec(AssetClass.Crypto, 42));
        var c = SyntheticBarGenerator.Generate(Spec(AssetClass.Crypto, 43));
        Assert.Equal(a.Close.Take(a.Count), b.Close.Take(b.Count));
        Assert.NotEqual(a.Close.Take(a.Count), c.Close.Take(c.Count));
    }

    [Fact]
    public void Every_generated_bar_satisfies_the_bar_rules()
    {
        var bars = SyntheticBarGenerator.Generate(Spec(AssetClass.Crypto, 7));
        Assert.Equal(60 * 24, bars.Count);
        for (var i = 0; i < bars.Count; i++)
            Assert.Equal(BarDefects.None, BarRules.Check(bars.Open[i], bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]));
    }

    [Fact]
    public void Forex_bars_exist_only_while_the_market_is_open()
    {
        var bars = SyntheticBarGenerator.Generate(Spec(AssetClass.Forex, 7));
        var calendar = SessionCalendar.For(AssetClass.Forex);
        Assert.All(Enumerable.Range(0, bars.Count), i => Assert.True(calendar.IsOpen(bars.TimeAt(i))));
        Assert.True(bars.Count < 60 * 24 * 6 / 7 + 48);
    }

    [Fact]
    public void Returns_are_fat_tailed()
    {
        var spec = Spec(AssetClass.Crypto, 11) with { To = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var bars = SyntheticBarGenerator.Generate(spec);
        var returns = Enumerable.Range(1, bars.Count - 1).Select(i => Math.Log(bars.Close[i] / bars.Close[i - 1])).ToArray();
        var mean = returns.Average();
        var variance = returns.Average(r => (r - mean) * (r - mean));
        var kurtosis = returns.Average(r => Math.Pow(r - mean, 4)) / (variance * variance);
        Assert.True(kurtosis > 4, $"excess kurtosis expected for Student-t returns, got kurtosis {kurtosis:F2}");
    }
}
