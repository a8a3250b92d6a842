using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's Hilbert-transform functions ("Cycle Indicators", plus HT_TRENDLINE from the overlap studies).</summary>
public static class CycleIndicators
{
    public static int HtDcPeriodLookback() => 32;

    public static int HtDcPeriod(ReadOnlySpan<double> inReal, Span<double> outReal) => Batch.Run(new HtDcPeriodStream(), inReal, outReal);

    public static int HtPhasorLookback() => 32;

    public static int HtPhasor(ReadOnlySpan<double> inReal, Span<double> outInPhase, Span<double> outQuadrature) =>
        Batch.Run(new HtPhasorStream(), inReal, outInPhase, outQuadrature);

    public static int HtDcPhaseLookback() => 63;

    public static int HtDcPhase(ReadOnlySpan<double> inReal, Span<double> outReal) => Batch.Run(new HtDcPhaseStream(), inReal, outReal);

    public static int HtSineLookback() => 63;

    public static int HtSine(ReadOnlySpan<double> inReal, Span<double> outSine, Span<double> outLeadSine) =>
        Batch.Run(new HtSineStream(), inReal, outSine, outLeadSine);

    public static int HtTrendlineLookback() => 63;

    public static int HtTrendline(ReadOnlySpan<double> inReal, Span<double> outReal) => Batch.Run(new HtTrendlineStream(), inReal, outReal);

    public static int HtTrendModeLookback() => 63;

    public static int HtTrendMode(ReadOnlySpan<double> inReal, Span<int> outInteger) => Batch.RunInt(new HtTrendModeStream(), inReal, outInteger);
}
