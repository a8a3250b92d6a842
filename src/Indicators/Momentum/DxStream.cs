using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming DX; like TA-Lib it repeats the previous value when the range or DI sum is zero.</summary>
public sealed class DxStream : StreamingIndicator
{
    private readonly DirectionalMovement _dm;
    private readonly int _period;
    private double _dx;

    public DxStream(int timePeriod = 14)
        : base(Momentum.DxLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _dm = new DirectionalMovement(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _dm.Add(bar);
        if (_dm.Index < _period) return;
        if (_dm.TryDx(out var dx)) _dx = dx;
        else if (_dm.Index == _period) _dx = 0;
        Set(_dx);
    }

    protected override void OnReset()
    {
        _dm.Reset();
        _dx = 0;
    }
}
