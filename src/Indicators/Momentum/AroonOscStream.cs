using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Aroon oscillator: Aroon up minus Aroon down.</summary>
public sealed class AroonOscStream : StreamingIndicator
{
    private readonly WindowExtreme _highest;
    private readonly WindowExtreme _lowest;
    private readonly int _period;

    public AroonOscStream(int timePeriod = 14)
        : base(Momentum.AroonOscLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _highest = new WindowExtreme(timePeriod + 1, true, true);
        _lowest = new WindowExtreme(timePeriod + 1, false, true);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        if (_highest.Full) Set((100.0 / _period) * (_highest.Index - _lowest.Index));
    }

    protected override void OnReset()
    {
        _highest.Reset();
        _lowest.Reset();
    }
}
