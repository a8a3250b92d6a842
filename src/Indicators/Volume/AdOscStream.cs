using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>
/// Streaming Chaikin A/D oscillator: fast EMA minus slow EMA of the A/D line. As in TA-Lib both EMAs are
/// seeded with the first A/D value, not with an SMA.
/// </summary>
public sealed class AdOscStream : StreamingIndicator
{
    private readonly double _fastK;
    private readonly double _slowK;
    private double _ad, _fast, _slow;

    public AdOscStream(int fastPeriod = 3, int slowPeriod = 10)
        : base(VolumeIndicators.AdOscLookback(fastPeriod, slowPeriod), 1)
    {
        _fastK = 2.0 / (fastPeriod + 1);
        _slowK = 2.0 / (slowPeriod + 1);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _ad += AdStream.Flow(bar);
        if (BarCount == 0)
        {
            _fast = _slow = _ad;
        }
        else
        {
            _fast = (_fastK * _ad) + ((1.0 - _fastK) * _fast);
            _slow = (_slowK * _ad) + ((1.0 - _slowK) * _slow);
        }
        Set(_fast - _slow);
    }

    protected override void OnReset() => _ad = _fast = _slow = 0;
}
