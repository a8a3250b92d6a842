using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming fast stochastic: outputs fast %K and fast %D.</summary>
public sealed class StochFStream : StreamingIndicator
{
    private readonly FastK _fastK;
    private readonly Core _fastD;

    public StochFStream(int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma)
        : base(Momentum.StochFLookback(fastKPeriod, fastDPeriod, fastDMaType), 2)
    {
        _fastK = new FastK(fastKPeriod);
        _fastD = MovingAverage.Create(fastDMaType, fastDPeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (!_fastK.Add(bar.High, bar.Low, bar.Close, out var k)) return;
        _fastD.Add(k);
        if (!_fastD.Ready) return;
        Set(0, k);
        Set(1, _fastD.Value);
    }

    protected override void OnReset()
    {
        _fastK.Reset();
        _fastD.Reset();
    }
}
