using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming beta of real1's one-bar returns against real0's over the last <c>timePeriod</c> returns.</summary>
public sealed class BetaStream : TwoRealStreamingIndicator
{
    private readonly Ring _x;
    private readonly Ring _y;
    private readonly int _period;
    private double _lastX, _lastY, _sxx, _sxy, _sx, _sy;

    public BetaStream(int timePeriod = 5, PriceField source0 = PriceField.Close, PriceField source1 = PriceField.Open)
        : base(Statistics.BetaLookback(timePeriod), 1, source0, source1)
    {
        _period = timePeriod;
        _x = new Ring(timePeriod + 1);
        _y = new Ring(timePeriod + 1);
    }

    protected override void OnValues(double real0, double real1)
    {
        if (BarCount == 0)
        {
            _lastX = real0;
            _lastY = real1;
            return;
        }
        var x = !Numerics.IsZero(_lastX) ? (real0 - _lastX) / _lastX : 0.0;
        var y = !Numerics.IsZero(_lastY) ? (real1 - _lastY) / _lastY : 0.0;
        _lastX = real0;
        _lastY = real1;
        _x.Push(x);
        _y.Push(y);
        if (BarCount > _period)
        {
            var oldX = _x.Ago(_period);
            var oldY = _y.Ago(_period);
            _sxx -= oldX * oldX;
            _sxy -= oldX * oldY;
            _sx -= oldX;
            _sy -= oldY;
        }
        _sxx += x * x;
        _sxy += x * y;
        _sx += x;
        _sy += y;
        if (BarCount < _period) return;
        double n = _period;
        var denominator = (n * _sxx) - (_sx * _sx);
        Set(!Numerics.IsZero(denominator) ? ((n * _sxy) - (_sx * _sy)) / denominator : 0.0);
    }

    protected override void OnReset()
    {
        _x.Clear();
        _y.Clear();
        _lastX = _lastY = _sxx = _sxy = _sx = _sy = 0;
    }
}
