using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Aroon: outputs Aroon down, Aroon up over a window of <c>timePeriod + 1</c> bars.</summary>
public sealed class AroonStream : StreamingIndicator
{
    private readonly WindowExtreme _highest;
    private readonly WindowExtreme _lowest;
    private readonly int _period;

    public AroonStream(int timePeriod = 14)
        : base(Momentum.AroonLookback(timePeriod), 2)
    {
        _period = timePeriod;
        _highest = new WindowExtreme(timePeriod + 1, true, true);
        _lowest = new WindowExtreme(timePeriod + 1, false, true);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        if (!_highest.Full) return;
        var factor = 100.0 / _period;
        var today = BarCount;
        Set(0, factor * (_period - (today - _lowest.Index)));
        Set(1, factor * (_period - (today - _highest.Index)));
    }

    protected override void OnReset()
    {
        _highest.Reset();
        _lowest.Reset();
    }
}
