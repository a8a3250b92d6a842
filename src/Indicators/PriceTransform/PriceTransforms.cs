using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Price Transform" functions (including AVGDEV, which TA-Lib files there).</summary>
public static class PriceTransforms
{
    public static int AvgPriceLookback() => 0;

    public static int AvgPrice(ReadOnlySpan<double> inOpen, ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal)
    {
        var n = Check(BarInputs.OpenHighLowClose(inOpen, inHigh, inLow, inClose), outReal);
        for (var i = 0; i < n; i++) outReal[i] = (inOpen[i] + inHigh[i] + inLow[i] + inClose[i]) / 4.0;
        return 0;
    }

    public static int MedPriceLookback() => 0;

    public static int MedPrice(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal)
    {
        var n = Check(BarInputs.HighLow(inHigh, inLow), outReal);
        for (var i = 0; i < n; i++) outReal[i] = (inHigh[i] + inLow[i]) / 2.0;
        return 0;
    }

    public static int TypPriceLookback() => 0;

    public static int TypPrice(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal)
    {
        var n = Check(BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);
        for (var i = 0; i < n; i++) outReal[i] = (inHigh[i] + inLow[i] + inClose[i]) / 3.0;
        return 0;
    }

    public static int WclPriceLookback() => 0;

    public static int WclPrice(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal)
    {
        var n = Check(BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);
        for (var i = 0; i < n; i++) outReal[i] = (inHigh[i] + inLow[i] + (inClose[i] * 2.0)) / 4.0;
        return 0;
    }

    public static int AvgDevLookback(int timePeriod = 14) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int AvgDev(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new AvgDevStream(timePeriod), inReal, outReal);

    private static int Check(BarInputs bars, Span<double> output)
    {
        Guard.Output(output.Length, "outReal", bars.Length);
        return bars.Length;
    }
}
