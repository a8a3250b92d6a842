using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Volume Indicators".</summary>
public static class VolumeIndicators
{
    public static int AdLookback() => 0;

    public static int Ad(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, ReadOnlySpan<double> inVolume, Span<double> outReal) =>
        Batch.Run(new AdStream(), BarInputs.HighLowCloseVolume(inHigh, inLow, inClose, inVolume), outReal);

    public static int AdOscLookback(int fastPeriod = 3, int slowPeriod = 10) =>
        Math.Max(Guard.Period(fastPeriod, "optInFastPeriod", 2), Guard.Period(slowPeriod, "optInSlowPeriod", 2)) - 1;

    public static int AdOsc(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, ReadOnlySpan<double> inVolume, Span<double> outReal,
        int fastPeriod = 3, int slowPeriod = 10) =>
        Batch.Run(new AdOscStream(fastPeriod, slowPeriod), BarInputs.HighLowCloseVolume(inHigh, inLow, inClose, inVolume), outReal);

    public static int ObvLookback() => 0;

    public static int Obv(ReadOnlySpan<double> inReal, ReadOnlySpan<double> inVolume, Span<double> outReal) =>
        Batch.Run(new ObvStream(), BarInputs.CloseVolume(inReal, inVolume), outReal);
}
