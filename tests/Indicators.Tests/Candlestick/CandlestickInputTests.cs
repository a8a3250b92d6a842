using Hive.Indicators.Candlestick;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>Short series, bad input, custom settings and stream housekeeping.</summary>
public sealed class CandlestickInputTests
{
    private static readonly CandlestickFunction Doji = CandlestickCatalog.Find("CDLDOJI")!;
    private static readonly CandlestickFunction MorningStar = CandlestickCatalog.Find("cdlmorningstar")!;

    [Fact]
    public void Input_shorter_than_the_lookback_gives_all_zeros_and_returns_its_length()
    {
        foreach (var function in CandlestickCatalog.Functions)
        {
            var n = function.Lookback(function.DefaultPenetration ?? 0);
            var prices = Enumerable.Range(0, n).Select(i => 100.0 + i % 3).ToArray();
            var output = Enumerable.Repeat(-7, n).ToArray();

            var first = function.Compute(prices, prices.Select(p => p + 1).ToArray(), prices.Select(p => p - 1).ToArray(), prices, output, function.DefaultPenetration ?? 0);

            Assert.Equal(n, first);
            Assert.All(output, v => Assert.Equal(0, v));
        }
    }

    [Fact]
    public void Empty_input_returns_zero()
    {
        Assert.Equal(0, Doji.Compute([], [], [], [], [], 0));
    }

    [Fact]
    public void A_stream_fed_fewer_bars_than_the_lookback_is_not_ready_and_reads_NaN()
    {
        var stream = Doji.CreateStream(0);
        for (var i = 0; i < stream.Lookback; i++)
            Assert.False(stream.Update(new Ohlcv(100, 101, 99, 100.5, 0)));

        Assert.False(stream.IsReady);
        Assert.True(double.IsNaN(stream[0]));
        Assert.True(stream.Update(new Ohlcv(100, 101, 99, 100.5, 0)));
        Assert.True(stream.IsReady);
    }

    [Fact]
    public void Mismatched_lengths_are_refused_naming_the_input()
    {
        double[] four = [1, 2, 3, 4];
        double[] three = [1, 2, 3];

        var error = Assert.Throws<ArgumentException>(() => Doji.Compute(four, four, three, four, new int[4], 0));
        Assert.Equal("low", error.ParamName);
        var outputError = Assert.Throws<ArgumentException>(() => Doji.Compute(four, four, four, four, new int[3], 0));
        Assert.Equal("output", outputError.ParamName);
    }

    [Fact]
    public void A_NaN_price_is_refused_naming_the_input_and_the_index()
    {
        double[] good = [1, 2, 3, 4];
        double[] bad = [1, 2, 3, double.NaN];

        var error = Assert.Throws<ArgumentException>(() => Doji.Compute(good, bad, good, good, new int[4], 0));

        Assert.Equal("high", error.ParamName);
        Assert.Contains("high[3]", error.Message);
    }

    [Fact]
    public void A_NaN_bar_fed_to_a_stream_is_refused()
    {
        var stream = Doji.CreateStream(0);

        var error = Assert.Throws<ArgumentException>(() => stream.Update(new Ohlcv(1, 2, double.NaN, 1, 0)));

        Assert.Equal("bar", error.ParamName);
        Assert.Contains("Bar 0: Low is NaN", error.Message);
    }

    [Fact]
    public void A_negative_penetration_is_refused_where_the_pattern_has_one()
    {
        double[] prices = [1, 2, 3];

        Assert.Throws<ArgumentOutOfRangeException>(() => MorningStar.Compute(prices, prices, prices, prices, new int[3], -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MorningStar.CreateStream(double.NaN));
    }

    [Fact]
    public void Penetration_is_ignored_by_patterns_without_one()
    {
        double[] prices = [1, 2, 3];

        Assert.Null(Doji.DefaultPenetration);
        Assert.Equal(3, Doji.Compute(prices, prices, prices, prices, new int[3], double.NaN));
    }

    [Fact]
    public void Patterns_with_penetration_expose_TA_Lib_defaults()
    {
        var defaults = CandlestickCatalog.Functions.Where(f => f.DefaultPenetration is not null)
            .ToDictionary(f => f.Name, f => f.DefaultPenetration!.Value);

        Assert.Equal(
            new Dictionary<string, double>
            {
                ["CDLABANDONEDBABY"] = 0.3, ["CDLDARKCLOUDCOVER"] = 0.5, ["CDLEVENINGDOJISTAR"] = 0.3, ["CDLEVENINGSTAR"] = 0.3,
                ["CDLMATHOLD"] = 0.5, ["CDLMORNINGDOJISTAR"] = 0.3, ["CDLMORNINGSTAR"] = 0.3,
            },
            defaults);
    }

    [Fact]
    public void Reset_stream_replays_to_the_same_values()
    {
        var stream = CandlestickCatalog.Find("CDLHIKKAKE")!.CreateStream(0);
        var bars = Enumerable.Range(0, 60).Select(i => new Ohlcv(100 + Math.Sin(i), 102 + Math.Sin(i * 1.7), 98 - Math.Cos(i), 100 + Math.Cos(i * 0.9), 0)).ToArray();
        var first = bars.Select(b => { stream.Update(b); return stream[0]; }).ToArray();

        stream.Reset();
        Assert.False(stream.IsReady);
        var second = bars.Select(b => { stream.Update(b); return stream[0]; }).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Custom_candle_settings_change_the_lookback_and_keep_stream_and_batch_equal()
    {
        var settings = CandleSettings.TaLibDefault.With(CandleSettingType.BodyDoji, new CandleSetting(CandleRangeType.HighLow, 3, 0.2));
        var doji = CandlestickCatalog.WithSettings(settings).Single(f => f.Name == "CDLDOJI");
        var bars = Enumerable.Range(0, 50).Select(i => (O: 100 + Math.Sin(i), H: 102 + Math.Sin(i * 1.3), L: 98 - Math.Cos(i), C: 100 + Math.Sin(i * 1.1))).ToArray();
        var output = new int[bars.Length];

        var first = doji.Compute(bars.Select(b => b.O).ToArray(), bars.Select(b => b.H).ToArray(), bars.Select(b => b.L).ToArray(), bars.Select(b => b.C).ToArray(), output, 0);

        Assert.Equal(3, first);
        Assert.Equal(10, Doji.Lookback(0));
        var stream = doji.CreateStream(0);
        for (var i = 0; i < bars.Length; i++)
        {
            stream.Update(new Ohlcv(bars[i].O, bars[i].H, bars[i].L, bars[i].C, 0));
            if (i >= first)
                Assert.Equal(output[i], stream[0]);
        }

        // Independent check on one bar: |C - O| against 0.2 x the plain mean of the previous three ranges.
        var bar = 20;
        var average = Enumerable.Range(bar - 3, 3).Sum(j => bars[j].H - bars[j].L) / 3 * 0.2;
        Assert.Equal(Math.Abs(bars[bar].C - bars[bar].O) <= average ? 100 : 0, output[bar]);
    }

    [Fact]
    public void Invalid_candle_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CandleSettings.TaLibDefault.With(CandleSettingType.Near, new CandleSetting(CandleRangeType.HighLow, -1, 0.2)));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CandleSettings.TaLibDefault.With(CandleSettingType.Near, new CandleSetting(CandleRangeType.HighLow, 5, double.NaN)));
    }

    [Fact]
    public void Asking_a_stream_for_a_second_output_is_refused()
    {
        var stream = Doji.CreateStream(0);

        Assert.Throws<ArgumentOutOfRangeException>(() => stream[1]);
    }
}
