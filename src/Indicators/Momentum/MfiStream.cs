using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming money flow index: positive money flow share of the last <c>timePeriod</c> bars, in percent.</summary>
public sealed class MfiStream : StreamingIndicator
{
    private readonly Ring _positive;
    private readonly Ring _negative;
    private readonly int _period;
    private double _prevTypical, _positiveSum, _negativeSum;

    public MfiStream(int timePeriod = 14)
        : base(Momentum.MfiLookback(timePeriod), 1)
    {
        _period = timePeriod;
        _positive = new Ring(timePeriod);
        _negative = new Ring(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        var typical = (bar.High + bar.Low + bar.Close) / 3.0;
        if (BarCount == 0)
        {
            _prevTypical = typical;
            return;
        }
        if (BarCount > _period)
        {
            _positiveSum -= _positive.Ago(_period - 1);
            _negativeSum -= _negative.Ago(_period - 1);
        }
        var diff = typical - _prevTypical;
        _prevTypical = typical;
        var flow = typical * bar.Volume;
        double up = 0, down = 0;
        if (diff < 0) down = flow;
        else if (diff > 0) up = flow;
        _positive.Push(up);
        _negative.Push(down);
        _positiveSum += up;
        _negativeSum += down;
        if (BarCount < _period) return;
        var total = _positiveSum + _negativeSum;
        Set(total < 1.0 ? 0.0 : 100.0 * (_positiveSum / total));
    }

    protected override void OnReset()
    {
        _positive.Clear();
        _negative.Clear();
        _prevTypical = _positiveSum = _negativeSum = 0;
    }
}
