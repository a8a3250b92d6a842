using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ADX: the first value is the mean of <c>timePeriod</c> DX values, then Wilder smoothing.</summary>
public sealed class AdxStream : StreamingIndicator
{
    private readonly DirectionalMovement _dm;
    private readonly int _period;
    private double _sumDx;
    private double _adx;

    public AdxStream(int timePeriod = 14)
        : base(Momentum.AdxLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _dm = new DirectionalMovement(timePeriod);
    }

    internal double Value => _adx;

    protected override void OnBar(in Ohlcv bar)
    {
        _dm.Add(bar);
        var index = _dm.Index;
        if (index < _period) return;
        var valid = _dm.TryDx(out var dx);
        if (index < 2 * _period)
        {
            if (valid) _sumDx += dx;
            if (index == (2 * _period) - 1)
            {
                _adx = _sumDx / _period;
                Set(_adx);
            }
            return;
        }
        if (valid) _adx = ((_adx * (_period - 1)) + dx) / _period;
        Set(_adx);
    }

    protected override void OnReset()
    {
        _dm.Reset();
        _sumDx = _adx = 0;
    }
}
