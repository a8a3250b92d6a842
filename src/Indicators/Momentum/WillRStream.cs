using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Williams %R: where the close sits below the window's high, on a 0..-100 scale.</summary>
public sealed class WillRStream : StreamingIndicator
{
    private readonly WindowExtreme _highest;
    private readonly WindowExtreme _lowest;

    public WillRStream(int timePeriod = 14)
        : base(Momentum.WillRLookback(timePeriod), 1)
    {
        _highest = new WindowExtreme(timePeriod, true, false);
        _lowest = new WindowExtreme(timePeriod, false, false);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        if (!_highest.Full) return;
        var diff = (_highest.Value - _lowest.Value) / -100.0;
        Set(diff != 0.0 ? (_highest.Value - bar.Close) / diff : 0.0);
    }

    protected override void OnReset()
    {
        _highest.Reset();
        _lowest.Reset();
    }
}
