using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>
/// Streaming MAVP: real0 is the price, real1 the period for that bar. Like TA-Lib it runs one average per
/// possible period, each started so that it is exactly ready at the overall lookback, and reads the one the
/// bar asks for. Fed bars it reads close and volume unless told otherwise.
/// </summary>
public sealed class MavpStream : TwoRealStreamingIndicator
{
    private readonly Core[] _averages;
    private readonly int _minPeriod;
    private readonly int _maxPeriod;

    public MavpStream(int minPeriod = 2, int maxPeriod = 30, MaType maType = MaType.Sma, PriceField source = PriceField.Close, PriceField periodSource = PriceField.Volume)
        : base(Overlap.MavpLookback(minPeriod, maxPeriod, maType), 1, source, periodSource)
    {
        _minPeriod = minPeriod;
        _maxPeriod = Math.Max(minPeriod, maxPeriod);
        _averages = new Core[_maxPeriod - _minPeriod + 1];
        for (var p = _minPeriod; p <= _maxPeriod; p++)
            _averages[p - _minPeriod] = new DelayedCore(MovingAverage.Create(maType, p), Lookback - MovingAverage.Lookback(maType, p));
    }

    protected override void OnValues(double real0, double real1)
    {
        foreach (var average in _averages) average.Add(real0);
        if (BarCount < Lookback) return;
        var period = (int)real1;
        if (period < _minPeriod) period = _minPeriod;
        else if (period > _maxPeriod) period = _maxPeriod;
        Set(_averages[period - _minPeriod].Value);
    }

    protected override void OnReset()
    {
        foreach (var average in _averages) average.Reset();
    }
}
