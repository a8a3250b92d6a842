using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Aroon oscillator: Aroon up minus Aroon down.</summary>
public sealed class AroonOscStream : StreamingIndicator
{
    private readonly AroonWindow _window;
    private readonly int _period;

    public AroonOscStream(int timePeriod = 14)
        : base(Momentum.AroonOscLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _window = new AroonWindow(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (_window.Add(bar)) Set((100.0 / _period) * (_window.HighIndex - _window.LowIndex));
    }

    protected override void OnReset()
    {
        _window.Reset();
    }
}
