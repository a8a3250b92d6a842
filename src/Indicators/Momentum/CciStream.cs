using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>
/// Streaming commodity channel index. The mean deviation has no running form, so each update walks the
/// window (O(period)), exactly as TA-Lib does.
/// </summary>
public sealed class CciStream : StreamingIndicator
{
    private readonly double[] _window;
    private readonly int _period;

    public CciStream(int timePeriod = 14)
        : base(Momentum.CciLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _window = new double[timePeriod];
    }

    protected override void OnBar(in Ohlcv bar)
    {
        var typical = (bar.High + bar.Low + bar.Close) / 3.0;
        _window[BarCount % _period] = typical;
        if (BarCount < Lookback) return;
        var average = 0.0;
        for (var j = 0; j < _period; j++) average += _window[j];
        average /= _period;
        var deviation = 0.0;
        for (var j = 0; j < _period; j++) deviation += Math.Abs(_window[j] - average);
        var distance = typical - average;
        Set(distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / _period)) : 0.0);
    }

    protected override void OnReset() => Array.Clear(_window);
}
