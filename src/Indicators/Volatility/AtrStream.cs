using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ATR: SMA of the first <c>timePeriod</c> true ranges, then Wilder smoothing.</summary>
public sealed class AtrStream : StreamingIndicator
{
    private readonly int _period;
    private double _prevClose, _atr;

    public AtrStream(int timePeriod = 14)
        : base(Volatility.AtrLookback(timePeriod), 1)
    {
        _period = timePeriod;
    }

    internal double Value => _atr;

    protected override void OnBar(in Ohlcv bar)
    {
        var index = BarCount;
        var prevClose = _prevClose;
        _prevClose = bar.Close;
        if (index == 0) return;
        var tr = DirectionalMovement.Range(bar.High, bar.Low, prevClose);
        if (_period == 1) _atr = tr;
        else if (index < _period) _atr += tr;
        else if (index == _period) _atr = (_atr + tr) / _period;
        else _atr = ((_atr * (_period - 1)) + tr) / _period;
        if (index >= _period) Set(_atr);
    }

    protected override void OnReset() => _prevClose = _atr = 0;
}
