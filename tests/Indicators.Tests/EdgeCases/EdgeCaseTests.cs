using Hive.Indicators.Registry;

namespace Hive.Indicators.Tests.EdgeCases;

public sealed class EdgeCaseTests
{
    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var d in IndicatorRegistry.All) data.Add(d.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Flat_bars_give_finite_values_and_streaming_agrees(string function)
    {
        var definition = IndicatorRegistry.Find(function)!;
        var series = StreamBatchAgreement.Flat(300, 0.5, 1000);
        Assert.Null(StreamBatchAgreement.Check(definition, series));
        var result = definition.Compute(series);
        foreach (var output in result.Outputs)
        {
            for (var i = result.FirstValidIndex; i < series.Length; i++) Assert.True(double.IsFinite(output[i]), $"{output.Name}[{i}] = {output[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Random_walk_streaming_reproduces_batch(string function)
    {
        var definition = IndicatorRegistry.Find(function)!;
        Assert.Null(StreamBatchAgreement.Check(definition, StreamBatchAgreement.RandomWalk(600, function.GetHashCode() & 0xffff)));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Smallest_allowed_periods_work_in_batch_and_streaming(string function)
    {
        var definition = IndicatorRegistry.Find(function)!;
        var smallest = definition.Parameters
            .Where(p => p.Kind == ParameterKind.Integer)
            .ToDictionary(p => p.Name, p => p.Min);
        Assert.Null(StreamBatchAgreement.Check(definition, StreamBatchAgreement.RandomWalk(200, 7), smallest));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Input_no_longer_than_the_lookback_yields_no_values(string function)
    {
        var definition = IndicatorRegistry.Find(function)!;
        var lookback = definition.Lookback();
        var walk = StreamBatchAgreement.RandomWalk(lookback, 3);
        var result = definition.Compute(walk);
        Assert.Equal(lookback, result.FirstValidIndex);
        foreach (var output in result.Outputs)
        {
            for (var i = 0; i < lookback; i++) Assert.True(output.Real is not null ? double.IsNaN(output.Real[i]) : output.Integer![i] == 0);
        }
        Assert.Equal(0, definition.Compute(StreamBatchAgreement.RandomWalk(0, 3)).FirstValidIndex);
    }

    [Fact]
    public void Zero_volume_gives_flat_volume_indicators()
    {
        var walk = StreamBatchAgreement.RandomWalk(100, 11);
        var series = walk with { Volume = new double[100] };
        Assert.All(IndicatorRegistry.Find("AD")!.Compute(series).Outputs[0].Real!, v => Assert.Equal(0, v));
        Assert.All(IndicatorRegistry.Find("OBV")!.Compute(series).Outputs[0].Real!, v => Assert.Equal(0, v));
        var mfi = IndicatorRegistry.Find("MFI")!.Compute(series);
        Assert.All(mfi.Outputs[0].Real!.Skip(mfi.FirstValidIndex), v => Assert.Equal(0, v));
        var adosc = IndicatorRegistry.Find("ADOSC")!.Compute(series);
        Assert.All(adosc.Outputs[0].Real!.Skip(adosc.FirstValidIndex), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Period_out_of_range_is_rejected_naming_the_TA_Lib_parameter()
    {
        var input = new double[50];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Overlap.Sma(input, new double[50], 1));
        Assert.Contains("optInTimePeriod must be in [2, 100000], got 1", error.Message);
        var macd = Assert.Throws<ArgumentOutOfRangeException>(() => new MacdStream(12, 26, 0));
        Assert.Contains("optInSignalPeriod", macd.Message);
        var ma = Assert.Throws<ArgumentOutOfRangeException>(() => Overlap.Ma(input, new double[50], 10, (MaType)9));
        Assert.Contains("optInMAType", ma.Message);
    }

    [Fact]
    public void NaN_input_is_rejected_with_its_index()
    {
        var input = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        input[7] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => Momentum.Rsi(input, new double[20], 5));
        Assert.Contains("inReal[7] is NaN", error.Message);
        var high = Enumerable.Repeat(2.0, 20).ToArray();
        var low = Enumerable.Repeat(1.0, 20).ToArray();
        low[3] = double.NaN;
        Assert.Contains("inLow[3]", Assert.Throws<ArgumentException>(() => Overlap.Midprice(high, low, new double[20], 5)).Message);
    }

    [Fact]
    public void Inputs_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Momentum.Adx(new double[30], new double[29], new double[30], new double[30], 5));
        Assert.Contains("inLow has 29 values", error.Message);
        Assert.Throws<ArgumentException>(() => MathOperators.Add(new double[5], new double[4], new double[5]));
        Assert.Contains("outReal", Assert.Throws<ArgumentException>(() => Overlap.Sma(new double[10], new double[9], 3)).Message);
    }

    [Fact]
    public void Registry_rejects_unknown_and_out_of_range_parameters()
    {
        var sma = IndicatorRegistry.Find("sma")!;
        Assert.Contains("SMA has no parameter 'optInPeriod'", Assert.Throws<ArgumentException>(() => sma.Lookback(new Dictionary<string, double> { ["optInPeriod"] = 5 })).Message);
        Assert.Contains("must be a whole number", Assert.Throws<ArgumentOutOfRangeException>(() => sma.Lookback(new Dictionary<string, double> { ["optInTimePeriod"] = 5.5 })).Message);
        Assert.Equal(4, sma.Lookback(new Dictionary<string, double> { ["OPTINTIMEPERIOD"] = 5 }));
    }

    [Fact]
    public void Known_values_on_a_tiny_series_follow_the_definitions()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        var sma = new double[6];
        Assert.Equal(2, Overlap.Sma(x, sma, 3));
        Assert.True(double.IsNaN(sma[1]));
        Assert.Equal([2.0, 3, 4, 5], sma[2..]);
        var ema = new double[6];
        Overlap.Ema(x, ema, 3);
        Assert.Equal(2.0, ema[2]);
        Assert.Equal(2.0 + (0.5 * (4 - 2)), ema[3]);
        var mom = new double[6];
        Momentum.Mom(x, mom, 2);
        Assert.Equal([2.0, 2, 2, 2], mom[2..]);
        var maxIndex = new int[6];
        MathOperators.MaxIndex(x, maxIndex, 3);
        Assert.Equal([0, 0, 2, 3, 4, 5], maxIndex);
    }

    [Fact]
    public void Reset_stream_replays_identically()
    {
        var walk = StreamBatchAgreement.RandomWalk(120, 5);
        var stream = new MacdStream();
        var first = new List<double>();
        for (var i = 0; i < walk.Length; i++)
        {
            stream.Update(walk.Bar(i));
            first.Add(stream[2]);
        }
        stream.Reset();
        Assert.False(stream.IsReady);
        for (var i = 0; i < walk.Length; i++)
        {
            stream.Update(walk.Bar(i));
            Assert.Equal(first[i], stream[2]);
        }
    }

    [Fact]
    public void Single_input_streams_can_read_another_price_field()
    {
        var walk = StreamBatchAgreement.RandomWalk(40, 9);
        var onHigh = new SmaStream(5, PriceField.High);
        var batch = new double[40];
        Overlap.Sma(walk.High, batch, 5);
        for (var i = 0; i < 40; i++) onHigh.Update(walk.Bar(i));
        Assert.Equal(batch[39], onHigh[0], 12);
    }
}
