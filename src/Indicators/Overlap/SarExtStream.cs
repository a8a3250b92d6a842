using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming extended parabolic SAR (TA-Lib SAREXT): separate long/short factors; short values are negative.</summary>
public sealed class SarExtStream : StreamingIndicator
{
    private readonly ParabolicSar _sar;

    public SarExtStream(double startValue = 0, double offsetOnReverse = 0, double accelerationInitLong = 0.02, double accelerationLong = 0.02,
        double accelerationMaxLong = 0.2, double accelerationInitShort = 0.02, double accelerationShort = 0.02, double accelerationMaxShort = 0.2)
        : base(Overlap.SarExtLookback(startValue, offsetOnReverse, accelerationInitLong, accelerationLong, accelerationMaxLong,
            accelerationInitShort, accelerationShort, accelerationMaxShort), 1)
    {
        _sar = new ParabolicSar(startValue, offsetOnReverse, accelerationInitLong, accelerationLong, accelerationMaxLong,
            accelerationInitShort, accelerationShort, accelerationMaxShort, true);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (_sar.Add(bar.High, bar.Low, out var value)) Set(value);
    }

    protected override void OnReset() => _sar.Reset();
}
