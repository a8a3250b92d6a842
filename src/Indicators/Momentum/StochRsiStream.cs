using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming StochRSI: fast stochastic (%K, %D) of the RSI.</summary>
public sealed class StochRsiStream : RealStreamingIndicator
{
    private readonly RsiCore _rsi;
    private readonly FastK _fastK;
    private readonly Core _fastD;

    public StochRsiStream(int timePeriod = 14, int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma, PriceField source = PriceField.Close)
        : base(Momentum.StochRsiLookback(timePeriod, fastKPeriod, fastDPeriod, fastDMaType), 2, source)
    {
        _rsi = new RsiCore(timePeriod, false);
        _fastK = new FastK(fastKPeriod);
        _fastD = MovingAverage.Create(fastDMaType, fastDPeriod);
    }

    protected override void OnValue(double value)
    {
        _rsi.Add(value);
        if (!_rsi.Ready) return;
        var rsi = _rsi.Value;
        if (!_fastK.Add(rsi, rsi, rsi, out var k)) return;
        _fastD.Add(k);
        if (!_fastD.Ready) return;
        Set(0, k);
        Set(1, _fastD.Value);
    }

    protected override void OnReset()
    {
        _rsi.Reset();
        _fastK.Reset();
        _fastD.Reset();
    }
}
