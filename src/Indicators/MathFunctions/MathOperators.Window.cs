using Hive.Indicators.Internal;

namespace Hive.Indicators;

public static partial class MathOperators
{
    private static int Period(int value) => Guard.Period(value, "optInTimePeriod", 2) - 1;

    public static int MaxLookback(int timePeriod = 30) => Period(timePeriod);

    public static int Max(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) => Batch.Run(new MaxStream(timePeriod), inReal, outReal);

    public static int MinLookback(int timePeriod = 30) => Period(timePeriod);

    public static int Min(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) => Batch.Run(new MinStream(timePeriod), inReal, outReal);

    public static int MaxIndexLookback(int timePeriod = 30) => Period(timePeriod);

    /// <summary>Index (into the input) of the highest value of each window; 0 in the lookback.</summary>
    public static int MaxIndex(ReadOnlySpan<double> inReal, Span<int> outInteger, int timePeriod = 30) => Batch.RunInt(new MaxIndexStream(timePeriod), inReal, outInteger);

    public static int MinIndexLookback(int timePeriod = 30) => Period(timePeriod);

    public static int MinIndex(ReadOnlySpan<double> inReal, Span<int> outInteger, int timePeriod = 30) => Batch.RunInt(new MinIndexStream(timePeriod), inReal, outInteger);

    public static int MinMaxLookback(int timePeriod = 30) => Period(timePeriod);

    public static int MinMax(ReadOnlySpan<double> inReal, Span<double> outMin, Span<double> outMax, int timePeriod = 30) =>
        Batch.Run(new MinMaxStream(timePeriod), inReal, outMin, outMax);

    public static int MinMaxIndexLookback(int timePeriod = 30) => Period(timePeriod);

    public static int MinMaxIndex(ReadOnlySpan<double> inReal, Span<int> outMinIdx, Span<int> outMaxIdx, int timePeriod = 30) =>
        Batch.RunInt(new MinMaxIndexStream(timePeriod), inReal, outMinIdx, outMaxIdx);

    public static int SumLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 1) - 1;

    public static int Sum(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) => Batch.Run(new SumStream(timePeriod), inReal, outReal);
}
