using Hive.Indicators.Candlestick;
using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>The rolling averages behind every pattern, checked against plain means computed from scratch.</summary>
public sealed class CandleWindowTests
{
    [Fact]
    public void Rolling_averages_equal_plain_means_of_the_bars_before_each_candle_for_long_custom_periods()
    {
        var settings = CandleSettings.TaLibDefault
            .With(BodyLong, new CandleSetting(CandleRangeType.RealBody, 37, 1.0))
            .With(Near, new CandleSetting(CandleRangeType.HighLow, 23, 0.2))
            .With(ShadowShort, new CandleSetting(CandleRangeType.Shadows, 11, 1.0));
        var pattern = new ProbePattern();
        var window = new CandleWindow(pattern, settings);
        var bars = RandomBars(400, seed: 7);
        var lookback = pattern.Lookback(settings);
        Assert.Equal(37 + 4, lookback);

        var checkedBars = 0;
        for (var i = 0; i < bars.Length; i++)
        {
            window.Push(bars[i].Open, bars[i].High, bars[i].Low, bars[i].Close);
            if (i < lookback)
                continue;
            foreach (var use in pattern.Averages)
            {
                var s = settings[use.Setting];
                var candle = i - use.Offset;
                var mean = s.AveragePeriod == 0
                    ? Range(s.RangeType, bars[candle])
                    : Enumerable.Range(candle - s.AveragePeriod, s.AveragePeriod).Average(j => Range(s.RangeType, bars[j]));
                var expected = s.Factor * mean / (s.RangeType == CandleRangeType.Shadows ? 2.0 : 1.0);
                Assert.Equal(expected, window.Avg(use.Setting, use.Offset), 9);
            }

            checkedBars++;
        }

        Assert.Equal(bars.Length - lookback, checkedBars);
    }

    [Fact]
    public void A_zero_period_average_is_the_candles_own_range_times_the_factor()
    {
        var pattern = new ProbePattern();
        var window = new CandleWindow(pattern, CandleSettings.TaLibDefault);
        foreach (var bar in RandomBars(30, seed: 3))
            window.Push(bar.Open, bar.High, bar.Low, bar.Close);

        // ShadowVeryLong: real body, period 0, factor 2.
        Assert.Equal(2.0 * window.RealBody(1), window.Avg(ShadowVeryLong, 1));
    }

    [Fact]
    public void Reading_an_undeclared_average_is_a_programming_error_not_a_silent_zero()
    {
        var window = new CandleWindow(new ProbePattern(), CandleSettings.TaLibDefault);
        window.Push(1, 2, 0.5, 1.5);

        Assert.Throws<InvalidOperationException>(() => window.Avg(Equal, 0));
    }

    private static double Range(CandleRangeType type, (double Open, double High, double Low, double Close) b) => type switch
    {
        CandleRangeType.RealBody => Math.Abs(b.Close - b.Open),
        CandleRangeType.HighLow => b.High - b.Low,
        _ => b.High - Math.Max(b.Open, b.Close) + (Math.Min(b.Open, b.Close) - b.Low),
    };

    private static (double Open, double High, double Low, double Close)[] RandomBars(int count, int seed)
    {
        var random = new Random(seed);
        var price = 100.0;
        var bars = new (double, double, double, double)[count];
        for (var i = 0; i < count; i++)
        {
            var open = price + (random.NextDouble() - 0.5);
            var close = open + (random.NextDouble() - 0.5) * 3;
            bars[i] = (open, Math.Max(open, close) + random.NextDouble(), Math.Min(open, close) - random.NextDouble(), close);
            price = close;
        }

        return bars;
    }

    /// <summary>A pattern that only declares averages at several offsets, so the window's bookkeeping can be probed.</summary>
    private sealed class ProbePattern : CandlePattern
    {
        public override string Name => "PROBE";
        public override string Hint => "Probe";
        public override AverageUse[] Averages { get; } = [new(BodyLong, 0), new(BodyLong, 2), new(Near, 3), new(ShadowShort, 4), new(ShadowVeryLong, 1)];
        public override int ExtraBars => 4;

        public override int Evaluate(CandleWindow w, double penetration) => 0;
    }
}
