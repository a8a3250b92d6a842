using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Overlap Studies": moving averages and bands drawn over price.</summary>
public static partial class Overlap
{
    public static int SmaLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Sma(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new SmaStream(timePeriod), inReal, outReal);

    public static int EmaLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Ema(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new EmaStream(timePeriod), inReal, outReal);

    public static int WmaLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Wma(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new WmaStream(timePeriod), inReal, outReal);

    public static int DemaLookback(int timePeriod = 30) => 2 * (Guard.Period(timePeriod, "optInTimePeriod", 2) - 1);

    public static int Dema(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new DemaStream(timePeriod), inReal, outReal);

    public static int TemaLookback(int timePeriod = 30) => 3 * (Guard.Period(timePeriod, "optInTimePeriod", 2) - 1);

    public static int Tema(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new TemaStream(timePeriod), inReal, outReal);

    public static int TrimaLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Trima(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new TrimaStream(timePeriod), inReal, outReal);

    public static int KamaLookback(int timePeriod = 30) => Guard.Period(timePeriod, "optInTimePeriod", 2);

    public static int Kama(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) =>
        Batch.Run(new KamaStream(timePeriod), inReal, outReal);

    public static int T3Lookback(int timePeriod = 5, double vFactor = 0.7)
    {
        Guard.Real(vFactor, "optInVFactor", 0, 1);
        return 6 * (Guard.Period(timePeriod, "optInTimePeriod", 2) - 1);
    }

    public static int T3(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 5, double vFactor = 0.7) =>
        Batch.Run(new T3Stream(timePeriod, vFactor), inReal, outReal);

    public static int MaLookback(int timePeriod = 30, MaType maType = MaType.Sma) =>
        MovingAverage.Lookback(Guard.Ma(maType, "optInMAType"), Guard.Period(timePeriod, "optInTimePeriod", 1));

    public static int Ma(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30, MaType maType = MaType.Sma) =>
        Batch.Run(new MaStream(timePeriod, maType), inReal, outReal);

    public static int MamaLookback(double fastLimit = 0.5, double slowLimit = 0.05)
    {
        Guard.Real(fastLimit, "optInFastLimit", 0.01, 0.99);
        Guard.Real(slowLimit, "optInSlowLimit", 0.01, 0.99);
        return 32;
    }

    public static int Mama(ReadOnlySpan<double> inReal, Span<double> outMama, Span<double> outFama, double fastLimit = 0.5, double slowLimit = 0.05) =>
        Batch.Run(new MamaStream(fastLimit, slowLimit), inReal, outMama, outFama);

    public static int MidpointLookback(int timePeriod = 14) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Midpoint(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new MidpointStream(timePeriod), inReal, outReal);

    public static int MidpriceLookback(int timePeriod = 14) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Midprice(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new MidpriceStream(timePeriod), BarInputs.HighLow(inHigh, inLow), outReal);

    public static int BbandsLookback(int timePeriod = 5, double nbDevUp = 2, double nbDevDn = 2, MaType maType = MaType.Sma)
    {
        Guard.Real(nbDevUp, "optInNbDevUp");
        Guard.Real(nbDevDn, "optInNbDevDn");
        return MovingAverage.Lookback(Guard.Ma(maType, "optInMAType"), Guard.Period(timePeriod, "optInTimePeriod", 2));
    }

    public static int Bbands(ReadOnlySpan<double> inReal, Span<double> outRealUpperBand, Span<double> outRealMiddleBand, Span<double> outRealLowerBand,
        int timePeriod = 5, double nbDevUp = 2, double nbDevDn = 2, MaType maType = MaType.Sma) =>
        Batch.Run(new BbandsStream(timePeriod, nbDevUp, nbDevDn, maType), inReal, outRealUpperBand, outRealMiddleBand, outRealLowerBand);

    public static int AccbandsLookback(int timePeriod = 20) => Guard.Period(timePeriod, "optInTimePeriod", 2) - 1;

    public static int Accbands(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose,
        Span<double> outRealUpperBand, Span<double> outRealMiddleBand, Span<double> outRealLowerBand, int timePeriod = 20) =>
        Batch.Run(new AccbandsStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outRealUpperBand, outRealMiddleBand, outRealLowerBand);

    public static int MavpLookback(int minPeriod = 2, int maxPeriod = 30, MaType maType = MaType.Sma)
    {
        Guard.Period(minPeriod, "optInMinPeriod", 2);
        return MovingAverage.Lookback(Guard.Ma(maType, "optInMAType"), Guard.Period(maxPeriod, "optInMaxPeriod", 2));
    }

    /// <summary>Moving average with a per-bar period (<paramref name="inPeriods"/>, truncated and clamped to [min, max]).</summary>
    public static int Mavp(ReadOnlySpan<double> inReal, ReadOnlySpan<double> inPeriods, Span<double> outReal, int minPeriod = 2, int maxPeriod = 30, MaType maType = MaType.Sma) =>
        Batch.Run(new MavpStream(minPeriod, maxPeriod, maType), inReal, inPeriods, outReal, "inPeriods");
}
