using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming parabolic SAR (TA-Lib SAR).</summary>
public sealed class SarStream : StreamingIndicator
{
    private readonly ParabolicSar _sar;

    public SarStream(double acceleration = 0.02, double maximum = 0.2)
        : base(Overlap.SarLookback(acceleration, maximum), 1)
    {
        _sar = new ParabolicSar(0, 0, acceleration, acceleration, maximum, acceleration, acceleration, maximum, false);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        if (_sar.Add(bar.High, bar.Low, out var value)) Set(value);
    }

    protected override void OnReset() => _sar.Reset();
}
