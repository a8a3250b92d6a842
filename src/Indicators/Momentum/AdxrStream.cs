using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ADXR: mean of today's ADX and the ADX <c>timePeriod - 1</c> bars ago.</summary>
public sealed class AdxrStream : StreamingIndicator
{
    private readonly AdxStream _adx;
    private readonly Ring _history;
    private readonly int _period;

    public AdxrStream(int timePeriod = 14)
        : base(Momentum.AdxrLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _adx = new AdxStream(timePeriod);
        _history = new Ring(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (!_adx.Update(bar)) return;
        _history.Push(_adx.Value);
        if (BarCount >= Lookback) Set((_adx.Value + _history.Ago(_period - 1)) / 2.0);
    }

    protected override void OnReset()
    {
        _adx.Reset();
        _history.Clear();
    }
}
