using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming slow stochastic: outputs slow %K and slow %D.</summary>
public sealed class StochStream : StreamingIndicator
{
    private readonly FastK _fastK;
    private readonly Core _slowK;
    private readonly Core _slowD;

    public StochStream(int fastKPeriod = 5, int slowKPeriod = 3, MaType slowKMaType = MaType.Sma, int slowDPeriod = 3, MaType slowDMaType = MaType.Sma)
        : base(Momentum.StochLookback(fastKPeriod, slowKPeriod, slowKMaType, slowDPeriod, slowDMaType), 2)
    {
        _fastK = new FastK(fastKPeriod);
        _slowK = MovingAverage.Create(slowKMaType, slowKPeriod);
        _slowD = MovingAverage.Create(slowDMaType, slowDPeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (!_fastK.Add(bar.High, bar.Low, bar.Close, out var k)) return;
        _slowK.Add(k);
        if (!_slowK.Ready) return;
        _slowD.Add(_slowK.Value);
        if (!_slowD.Ready) return;
        Set(0, _slowK.Value);
        Set(1, _slowD.Value);
    }

    protected override void OnReset()
    {
        _fastK.Reset();
        _slowK.Reset();
        _slowD.Reset();
    }
}
