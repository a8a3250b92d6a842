using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Volatility Indicators".</summary>
public static class Volatility
{
    public static int TrangeLookback() => 1;

    public static int Trange(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal) =>
        Batch.Run(new TrangeStream(), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int AtrLookback(int timePeriod = 14) => Guard.Period(timePeriod, "optInTimePeriod", 1);

    public static int Atr(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new AtrStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int NatrLookback(int timePeriod = 14) => Guard.Period(timePeriod, "optInTimePeriod", 1);

    public static int Natr(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new NatrStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);
}
