using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>
/// Streaming ultimate oscillator. The periods are sorted as TA-Lib does, so the weights 4, 2, 1 always go
/// to the shortest, middle and longest windows of buying pressure over true range.
/// </summary>
public sealed class UltOscStream : StreamingIndicator
{
    private readonly int[] _periods;
    private readonly Ring _pressure;
    private readonly Ring _range;
    private readonly double[] _pressureSums = new double[3];
    private readonly double[] _rangeSums = new double[3];
    private double _prevClose;

    public UltOscStream(int timePeriod1 = 7, int timePeriod2 = 14, int timePeriod3 = 28)
        : base(Momentum.UltOscLookback(timePeriod1, timePeriod2, timePeriod3), 1)
    {
        _periods = [timePeriod1, timePeriod2, timePeriod3];
        Array.Sort(_periods);
        _pressure = new Ring(_periods[2] + 1);
        _range = new Ring(_periods[2] + 1);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (BarCount == 0)
        {
            _prevClose = bar.Close;
            return;
        }
        var trueLow = Math.Min(bar.Low, _prevClose);
        var pressure = bar.Close - trueLow;
        var range = DirectionalMovement.Range(bar.High, bar.Low, _prevClose);
        _prevClose = bar.Close;
        _pressure.Push(pressure);
        _range.Push(range);
        for (var w = 0; w < 3; w++)
        {
            _pressureSums[w] += pressure;
            _rangeSums[w] += range;
            if (BarCount > _periods[w])
            {
                _pressureSums[w] -= _pressure.Ago(_periods[w]);
                _rangeSums[w] -= _range.Ago(_periods[w]);
            }
        }
        if (BarCount < Lookback) return;
        var output = 0.0;
        if (!Numerics.IsZero(_rangeSums[0])) output += 4.0 * (_pressureSums[0] / _rangeSums[0]);
        if (!Numerics.IsZero(_rangeSums[1])) output += 2.0 * (_pressureSums[1] / _rangeSums[1]);
        if (!Numerics.IsZero(_rangeSums[2])) output += _pressureSums[2] / _rangeSums[2];
        Set(100.0 * (output / 7.0));
    }

    protected override void OnReset()
    {
        _pressure.Clear();
        _range.Clear();
        Array.Clear(_pressureSums);
        Array.Clear(_rangeSums);
        _prevClose = 0;
    }
}
