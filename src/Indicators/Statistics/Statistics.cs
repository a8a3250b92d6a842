using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Statistic Functions".</summary>
public static class Statistics
{
    private static int Period(int value, int min = 2) => Guard.Period(value, "optInTimePeriod", min);

    public static int BetaLookback(int timePeriod = 5) => Period(timePeriod, 1);

    public static int Beta(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal, int timePeriod = 5) =>
        Batch.Run(new BetaStream(timePeriod), inReal0, inReal1, outReal);

    public static int CorrelLookback(int timePeriod = 30) => Period(timePeriod, 1) - 1;

    public static int Correl(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new CorrelStream(timePeriod), inReal0, inReal1, outReal);

    public static int LinearRegLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int LinearReg(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new LinearRegStream(timePeriod), inReal, outReal);

    public static int LinearRegAngleLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int LinearRegAngle(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new LinearRegAngleStream(timePeriod), inReal, outReal);

    public static int LinearRegInterceptLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int LinearRegIntercept(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new LinearRegInterceptStream(timePeriod), inReal, outReal);

    public static int LinearRegSlopeLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int LinearRegSlope(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new LinearRegSlopeStream(timePeriod), inReal, outReal);

    public static int TsfLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int Tsf(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new TsfStream(timePeriod), inReal, outReal);

    public static int StdDevLookback(int timePeriod = 5, double nbDev = 1)
    {
        Guard.Real(nbDev, "optInNbDev");
        return Period(timePeriod) - 1;
    }

    public static int StdDev(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 5, double nbDev = 1) =>
        Batch.Run(new StdDevStream(timePeriod, nbDev), inReal, outReal);

    public static int VarLookback(int timePeriod = 5, double nbDev = 1)
    {
        Guard.Real(nbDev, "optInNbDev");
        return Period(timePeriod, 1) - 1;
    }

    /// <summary>Population variance over the window; like TA-Lib it accepts but ignores <paramref name="nbDev"/>.</summary>
    public static int Var(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 5, double nbDev = 1) =>
        Batch.Run(new VarStream(timePeriod, nbDev), inReal, outReal);
}
