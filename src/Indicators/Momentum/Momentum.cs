using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Momentum Indicators" (batch functions and lookbacks).</summary>
public static partial class Momentum
{
    private static int Period(int value, int min = 2) => Guard.Period(value, "optInTimePeriod", min);

    public static int RsiLookback(int timePeriod = 14) => Period(timePeriod);

    public static int Rsi(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new RsiStream(timePeriod), inReal, outReal);

    public static int CmoLookback(int timePeriod = 14) => Period(timePeriod);

    public static int Cmo(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 14) => Batch.Run(new CmoStream(timePeriod), inReal, outReal);

    public static int MomLookback(int timePeriod = 10) => Period(timePeriod, 1);

    public static int Mom(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 10) => Batch.Run(new MomStream(timePeriod), inReal, outReal);

    public static int RocLookback(int timePeriod = 10) => Period(timePeriod, 1);

    public static int Roc(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 10) => Batch.Run(new RocStream(timePeriod), inReal, outReal);

    public static int RocpLookback(int timePeriod = 10) => Period(timePeriod, 1);

    public static int Rocp(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 10) => Batch.Run(new RocpStream(timePeriod), inReal, outReal);

    public static int RocrLookback(int timePeriod = 10) => Period(timePeriod, 1);

    public static int Rocr(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 10) => Batch.Run(new RocrStream(timePeriod), inReal, outReal);

    public static int Rocr100Lookback(int timePeriod = 10) => Period(timePeriod, 1);

    public static int Rocr100(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 10) => Batch.Run(new Rocr100Stream(timePeriod), inReal, outReal);

    public static int TrixLookback(int timePeriod = 30) => (3 * (Period(timePeriod, 1) - 1)) + 1;

    public static int Trix(ReadOnlySpan<double> inReal, Span<double> outReal, int timePeriod = 30) => Batch.Run(new TrixStream(timePeriod), inReal, outReal);

    public static int ApoLookback(int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma) =>
        MovingAverage.Lookback(Guard.Ma(maType, "optInMAType"), Math.Max(Guard.Period(fastPeriod, "optInFastPeriod", 2), Guard.Period(slowPeriod, "optInSlowPeriod", 2)));

    public static int Apo(ReadOnlySpan<double> inReal, Span<double> outReal, int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma) =>
        Batch.Run(new ApoStream(fastPeriod, slowPeriod, maType), inReal, outReal);

    public static int PpoLookback(int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma) => ApoLookback(fastPeriod, slowPeriod, maType);

    public static int Ppo(ReadOnlySpan<double> inReal, Span<double> outReal, int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma) =>
        Batch.Run(new PpoStream(fastPeriod, slowPeriod, maType), inReal, outReal);

    public static int MacdLookback(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        Guard.Period(fastPeriod, "optInFastPeriod", 2);
        Guard.Period(slowPeriod, "optInSlowPeriod", 2);
        return Math.Max(fastPeriod, slowPeriod) - 1 + Guard.Period(signalPeriod, "optInSignalPeriod", 1) - 1;
    }

    public static int Macd(ReadOnlySpan<double> inReal, Span<double> outMacd, Span<double> outMacdSignal, Span<double> outMacdHist,
        int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9) =>
        Batch.Run(new MacdStream(fastPeriod, slowPeriod, signalPeriod), inReal, outMacd, outMacdSignal, outMacdHist);

    public static int MacdFixLookback(int signalPeriod = 9) => 25 + Guard.Period(signalPeriod, "optInSignalPeriod", 1) - 1;

    public static int MacdFix(ReadOnlySpan<double> inReal, Span<double> outMacd, Span<double> outMacdSignal, Span<double> outMacdHist, int signalPeriod = 9) =>
        Batch.Run(new MacdFixStream(signalPeriod), inReal, outMacd, outMacdSignal, outMacdHist);

    public static int MacdExtLookback(int fastPeriod = 12, MaType fastMaType = MaType.Sma, int slowPeriod = 26, MaType slowMaType = MaType.Sma,
        int signalPeriod = 9, MaType signalMaType = MaType.Sma)
    {
        var fast = MovingAverage.Lookback(Guard.Ma(fastMaType, "optInFastMAType"), Guard.Period(fastPeriod, "optInFastPeriod", 2));
        var slow = MovingAverage.Lookback(Guard.Ma(slowMaType, "optInSlowMAType"), Guard.Period(slowPeriod, "optInSlowPeriod", 2));
        return Math.Max(fast, slow) + MovingAverage.Lookback(Guard.Ma(signalMaType, "optInSignalMAType"), Guard.Period(signalPeriod, "optInSignalPeriod", 1));
    }

    public static int MacdExt(ReadOnlySpan<double> inReal, Span<double> outMacd, Span<double> outMacdSignal, Span<double> outMacdHist,
        int fastPeriod = 12, MaType fastMaType = MaType.Sma, int slowPeriod = 26, MaType slowMaType = MaType.Sma, int signalPeriod = 9, MaType signalMaType = MaType.Sma) =>
        Batch.Run(new MacdExtStream(fastPeriod, fastMaType, slowPeriod, slowMaType, signalPeriod, signalMaType), inReal, outMacd, outMacdSignal, outMacdHist);

    public static int StochRsiLookback(int timePeriod = 14, int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma) =>
        Period(timePeriod) + StochFLookback(fastKPeriod, fastDPeriod, fastDMaType);

    public static int StochRsi(ReadOnlySpan<double> inReal, Span<double> outFastK, Span<double> outFastD,
        int timePeriod = 14, int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma) =>
        Batch.Run(new StochRsiStream(timePeriod, fastKPeriod, fastDPeriod, fastDMaType), inReal, outFastK, outFastD);
}
