using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming intraday momentum index: share of up-candle bodies in all bodies over the window, in percent.</summary>
public sealed class ImiStream : StreamingIndicator
{
    private readonly Ring _bodies;
    private readonly int _period;

    public ImiStream(int timePeriod = 14)
        : base(Momentum.ImiLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _bodies = new Ring(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _bodies.Push(bar.Close - bar.Open);
        if (BarCount < Lookback) return;
        double up = 0, down = 0;
        for (var back = _period - 1; back >= 0; back--)
        {
            var body = _bodies.Ago(back);
            if (body > 0) up += body;
            else down -= body;
        }
        var total = up + down;
        Set(Numerics.IsZero(total) ? 0.0 : 100.0 * (up / total));
    }

    protected override void OnReset() => _bodies.Clear();
}
