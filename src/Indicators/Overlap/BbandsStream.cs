using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Bollinger Bands: upper, middle (the MA), lower; deviation is the population stddev of the window.</summary>
public sealed class BbandsStream : RealStreamingIndicator
{
    private readonly Core _middle;
    private readonly VarianceCore _variance;
    private readonly double _nbDevUp;
    private readonly double _nbDevDn;

    public BbandsStream(int timePeriod = 5, double nbDevUp = 2, double nbDevDn = 2, MaType maType = MaType.Sma, PriceField source = PriceField.Close)
        : base(Overlap.BbandsLookback(timePeriod, nbDevUp, nbDevDn, maType), 3, source)
    {
        _middle = MovingAverage.Create(maType, timePeriod);
        _variance = new VarianceCore(timePeriod);
        _nbDevUp = nbDevUp;
        _nbDevDn = nbDevDn;
    }

    protected override void OnValue(double value)
    {
        _middle.Add(value);
        _variance.Add(value);
        if (!_middle.Ready) return;
        var variance = _variance.Value;
        var deviation = Numerics.IsZeroOrNegative(variance) ? 0.0 : Math.Sqrt(variance);
        var middle = _middle.Value;
        Set(0, middle + (_nbDevUp * deviation));
        Set(1, middle);
        Set(2, middle - (_nbDevDn * deviation));
    }

    /// <summary>The batch path: the average and the variance each run over the whole array; the stream is spent afterwards.</summary>
    internal void RunBatch(ReadOnlySpan<double> input, Span<double> upper, Span<double> middle, Span<double> lower)
    {
        var n = input.Length;
        _variance.Run(input, upper);
        _middle.Run(input, middle);
        var first = Math.Min(Lookback, n);
        for (var i = first; i < n; i++)
        {
            var variance = upper[i];
            var deviation = Numerics.IsZeroOrNegative(variance) ? 0.0 : Math.Sqrt(variance);
            upper[i] = middle[i] + (_nbDevUp * deviation);
            lower[i] = middle[i] - (_nbDevDn * deviation);
        }
        upper[..first].Fill(double.NaN);
        middle[..first].Fill(double.NaN);
        lower[..first].Fill(double.NaN);
    }

    protected override void OnReset()
    {
        _middle.Reset();
        _variance.Reset();
    }
}
