using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Pearson correlation of the two series over the window, from running sums.</summary>
public sealed class CorrelStream : TwoRealStreamingIndicator
{
    private readonly Ring _x;
    private readonly Ring _y;
    private readonly int _period;
    private double _sx, _sy, _sxy, _sxx, _syy;

    public CorrelStream(int timePeriod = 30, PriceField source0 = PriceField.Close, PriceField source1 = PriceField.Open)
        : base(Statistics.CorrelLookback(timePeriod), 1, source0, source1)
    {
        _period = timePeriod;
        _x = new Ring(timePeriod);
        _y = new Ring(timePeriod);
    }

    protected override void OnValues(double real0, double real1)
    {
        _x.Push(real0);
        _y.Push(real1);
        _sx += real0;
        _sy += real1;
        _sxy += real0 * real1;
        _sxx += real0 * real0;
        _syy += real1 * real1;
        if (BarCount < Lookback) return;
        double n = _period;
        var denominator = (_sxx - ((_sx * _sx) / n)) * (_syy - ((_sy * _sy) / n));
        Set(!Numerics.IsZeroOrNegative(denominator) ? (_sxy - ((_sx * _sy) / n)) / Math.Sqrt(denominator) : 0.0);
        var oldX = _x.Ago(_period - 1);
        var oldY = _y.Ago(_period - 1);
        _sx -= oldX;
        _sy -= oldY;
        _sxy -= oldX * oldY;
        _sxx -= oldX * oldX;
        _syy -= oldY * oldY;
    }

    protected override void OnReset()
    {
        _x.Clear();
        _y.Clear();
        _sx = _sy = _sxy = _sxx = _syy = 0;
    }
}
