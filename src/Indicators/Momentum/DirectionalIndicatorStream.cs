using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>+DI or -DI: 100 × smoothed DM / smoothed true range (DM / TR of the bar for a period of 1).</summary>
public abstract class DirectionalIndicatorStream : StreamingIndicator
{
    private readonly DirectionalMovement _dm;
    private readonly int _period;
    private readonly bool _plus;

    private protected DirectionalIndicatorStream(int timePeriod, bool plus)
        : base(plus ? Momentum.PlusDiLookback(timePeriod) : Momentum.MinusDiLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _plus = plus;
        _dm = new DirectionalMovement(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _dm.Add(bar);
        if (_dm.Index < Lookback) return;
        if (_period == 1)
        {
            var raw = _plus ? _dm.RawPlus : _dm.RawMinus;
            Set(raw == 0 || Numerics.IsZero(_dm.RawTrueRange) ? 0.0 : raw / _dm.RawTrueRange);
            return;
        }
        var dm = _plus ? _dm.PlusDm : _dm.MinusDm;
        Set(Numerics.IsZero(_dm.TrueRange) ? 0.0 : 100.0 * (dm / _dm.TrueRange));
    }

    protected override void OnReset() => _dm.Reset();
}
