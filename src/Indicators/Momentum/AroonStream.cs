using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Aroon: outputs Aroon down, Aroon up over a window of <c>timePeriod + 1</c> bars.</summary>
public sealed class AroonStream : StreamingIndicator
{
    private readonly AroonWindow _window;
    private readonly int _period;

    public AroonStream(int timePeriod = 14)
        : base(Momentum.AroonLookback(timePeriod), 2)
    {
        _period = timePeriod;
        _window = new AroonWindow(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (!_window.Add(bar)) return;
        var factor = 100.0 / _period;
        var today = BarCount;
        Set(0, factor * (_period - (today - _window.LowIndex)));
        Set(1, factor * (_period - (today - _window.HighIndex)));
    }

    protected override void OnReset()
    {
        _window.Reset();
    }
}
