using Hive.Indicators.Candlestick;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>Textbook patterns on hand-built series: each is found where it was drawn and nowhere else.</summary>
public sealed class CandlestickPatternTests
{
    [Fact]
    public void A_textbook_doji_after_ordinary_bars_is_detected()
    {
        var series = new CandleSeries().AddQuiet(10).Add(100, 102, 98, 100.05);

        var output = series.Run("CDLDOJI");

        Assert.Equal(100, output[^1]);
        Assert.All(output[..^1], v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_bar_with_a_real_body_is_not_a_doji()
    {
        var output = new CandleSeries().AddQuiet(10).Add(100, 102, 98, 101.5).Run("CDLDOJI");

        Assert.Equal(0, output[^1]);
    }

    [Fact]
    public void A_white_body_engulfing_a_black_one_is_bullish_engulfing()
    {
        var output = new CandleSeries().AddQuiet(3).Add(105, 105.5, 99.5, 100).Add(99, 107, 98.5, 106).Run("CDLENGULFING");

        Assert.Equal(100, output[^1]);
    }

    [Fact]
    public void A_black_body_engulfing_a_white_one_is_bearish_engulfing()
    {
        var output = new CandleSeries().AddQuiet(3).Add(100, 105.5, 99.5, 105).Add(106, 106.5, 98.5, 99).Run("CDLENGULFING");

        Assert.Equal(-100, output[^1]);
    }

    [Fact]
    public void Engulfing_that_matches_the_prior_body_at_one_end_scores_80()
    {
        var output = new CandleSeries().AddQuiet(3).Add(105, 105.5, 99.5, 100).Add(100, 107, 99.5, 106).Run("CDLENGULFING");

        Assert.Equal(80, output[^1]);
    }

    [Fact]
    public void A_hammer_with_a_long_lower_shadow_near_the_prior_low_is_detected()
    {
        // Context bodies are 1 and ranges 2, so a 0.5 body is small, a 3.5 lower shadow long, a 0.1 upper shadow very short.
        var output = new CandleSeries().AddQuiet(11).Add(99.5, 100.1, 96, 100).Run("CDLHAMMER");

        Assert.Equal(100, output[^1]);
        Assert.All(output[..^1], v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_hammer_shape_with_a_long_upper_shadow_is_not_a_hammer()
    {
        var output = new CandleSeries().AddQuiet(11).Add(99.5, 103, 96, 100).Run("CDLHAMMER");

        Assert.Equal(0, output[^1]);
    }

    [Fact]
    public void A_morning_star_is_detected_on_its_third_candle()
    {
        var series = new CandleSeries()
            .AddQuiet(12)
            .Add(105, 105.5, 97.5, 98)    // long black
            .Add(96.5, 97, 96, 96.8)      // small star gapping down
            .Add(97, 102.5, 96.8, 102);   // long white closing well into the black body

        var output = series.Run("CDLMORNINGSTAR");

        Assert.Equal(100, output[^1]);
        Assert.All(output[..^1], v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_morning_star_whose_third_candle_stays_low_is_refused_at_that_penetration()
    {
        var series = new CandleSeries()
            .AddQuiet(12)
            .Add(105, 105.5, 97.5, 98)
            .Add(96.5, 97, 96, 96.8)
            .Add(97, 100.5, 96.8, 100);   // closes 2 into a 7-point body: 29%, short of 30% but past 25%

        Assert.Equal(0, series.Run("CDLMORNINGSTAR")[^1]);
        Assert.Equal(100, series.Run("CDLMORNINGSTAR", penetration: 0.25)[^1]);
    }

    [Fact]
    public void A_hikkake_breakout_is_confirmed_by_a_later_close_beyond_the_inside_bar()
    {
        var series = new CandleSeries()
            .AddQuiet(4)
            .Add(100, 110, 90, 101)       // mother bar
            .Add(100, 105, 95, 101)       // inside bar
            .Add(100, 104, 93, 99)        // lower high and lower low: bullish setup
            .Add(99, 104.5, 98, 104)      // not yet above the inside bar's high (105)
            .Add(104, 107, 103, 106);     // closes above 105: confirmation

        var output = series.Run("CDLHIKKAKE");

        Assert.Equal([100, 0, 200], output[^3..]);
    }

    [Fact]
    public void Flat_bars_do_not_crash_and_only_the_doji_fires()
    {
        // Every price equal: a zero body is "no bigger than a tenth of a zero range", so TA-Lib calls it a doji;
        // every other pattern needs a body, a shadow, a colour change or a gap and stays silent.
        var series = new CandleSeries();
        for (var i = 0; i < 40; i++)
            series.Add(100, 100, 100, 100);

        foreach (var function in CandlestickCatalog.Functions)
        {
            var output = series.Run(function.Name);
            var lookback = function.Lookback(function.DefaultPenetration ?? 0);
            var expected = function.Name == "CDLDOJI" ? 100 : 0;
            Assert.All(output.Take(lookback), v => Assert.Equal(0, v));
            Assert.All(output.Skip(lookback), v => Assert.True(v == expected, $"{function.Name} gave {v} on flat bars."));
        }
    }
}
