using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming normalized ATR: ATR / close × 100.</summary>
public sealed class NatrStream : StreamingIndicator
{
    private readonly AtrStream _atr;

    public NatrStream(int timePeriod = 14)
        : base(Volatility.NatrLookback(timePeriod), 1)
    {
        _atr = new AtrStream(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (_atr.Update(bar)) Set(!Numerics.IsZero(bar.Close) ? (_atr.Value / bar.Close) * 100.0 : 0.0);
    }

    protected override void OnReset() => _atr.Reset();
}
