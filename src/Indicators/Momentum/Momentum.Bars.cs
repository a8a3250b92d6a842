using Hive.Indicators.Internal;

namespace Hive.Indicators;

public static partial class Momentum
{
    public static int AdxLookback(int timePeriod = 14) => (2 * Period(timePeriod)) - 1;

    public static int Adx(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new AdxStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int AdxrLookback(int timePeriod = 14) => AdxLookback(timePeriod) + timePeriod - 1;

    public static int Adxr(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new AdxrStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int DxLookback(int timePeriod = 14) => Period(timePeriod);

    public static int Dx(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new DxStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int PlusDiLookback(int timePeriod = 14) => Period(timePeriod, 1);

    public static int PlusDi(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new PlusDiStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int MinusDiLookback(int timePeriod = 14) => Period(timePeriod, 1);

    public static int MinusDi(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new MinusDiStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int PlusDmLookback(int timePeriod = 14) => Period(timePeriod, 1) > 1 ? timePeriod - 1 : 1;

    public static int PlusDm(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new PlusDmStream(timePeriod), BarInputs.HighLow(inHigh, inLow), outReal);

    public static int MinusDmLookback(int timePeriod = 14) => PlusDmLookback(timePeriod);

    public static int MinusDm(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new MinusDmStream(timePeriod), BarInputs.HighLow(inHigh, inLow), outReal);

    public static int AroonLookback(int timePeriod = 14) => Period(timePeriod);

    public static int Aroon(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outAroonDown, Span<double> outAroonUp, int timePeriod = 14) =>
        Batch.Run(new AroonStream(timePeriod), BarInputs.HighLow(inHigh, inLow), outAroonDown, outAroonUp);

    public static int AroonOscLookback(int timePeriod = 14) => Period(timePeriod);

    public static int AroonOsc(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new AroonOscStream(timePeriod), BarInputs.HighLow(inHigh, inLow), outReal);

    public static int BopLookback() => 0;

    public static int Bop(ReadOnlySpan<double> inOpen, ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal) =>
        Batch.Run(new BopStream(), BarInputs.OpenHighLowClose(inOpen, inHigh, inLow, inClose), outReal);

    public static int CciLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int Cci(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new CciStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int ImiLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int Imi(ReadOnlySpan<double> inOpen, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new ImiStream(timePeriod), BarInputs.OpenClose(inOpen, inClose), outReal);

    public static int MfiLookback(int timePeriod = 14) => Period(timePeriod);

    public static int Mfi(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, ReadOnlySpan<double> inVolume, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new MfiStream(timePeriod), BarInputs.HighLowCloseVolume(inHigh, inLow, inClose, inVolume), outReal);

    public static int WillRLookback(int timePeriod = 14) => Period(timePeriod) - 1;

    public static int WillR(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal, int timePeriod = 14) =>
        Batch.Run(new WillRStream(timePeriod), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int UltOscLookback(int timePeriod1 = 7, int timePeriod2 = 14, int timePeriod3 = 28) =>
        Math.Max(Guard.Period(timePeriod1, "optInTimePeriod1", 1), Math.Max(Guard.Period(timePeriod2, "optInTimePeriod2", 1), Guard.Period(timePeriod3, "optInTimePeriod3", 1)));

    public static int UltOsc(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outReal,
        int timePeriod1 = 7, int timePeriod2 = 14, int timePeriod3 = 28) =>
        Batch.Run(new UltOscStream(timePeriod1, timePeriod2, timePeriod3), BarInputs.HighLowClose(inHigh, inLow, inClose), outReal);

    public static int StochLookback(int fastKPeriod = 5, int slowKPeriod = 3, MaType slowKMaType = MaType.Sma, int slowDPeriod = 3, MaType slowDMaType = MaType.Sma) =>
        Guard.Period(fastKPeriod, "optInFastK_Period", 1) - 1
        + MovingAverage.Lookback(Guard.Ma(slowKMaType, "optInSlowK_MAType"), Guard.Period(slowKPeriod, "optInSlowK_Period", 1))
        + MovingAverage.Lookback(Guard.Ma(slowDMaType, "optInSlowD_MAType"), Guard.Period(slowDPeriod, "optInSlowD_Period", 1));

    public static int Stoch(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outSlowK, Span<double> outSlowD,
        int fastKPeriod = 5, int slowKPeriod = 3, MaType slowKMaType = MaType.Sma, int slowDPeriod = 3, MaType slowDMaType = MaType.Sma) =>
        Batch.Run(new StochStream(fastKPeriod, slowKPeriod, slowKMaType, slowDPeriod, slowDMaType), BarInputs.HighLowClose(inHigh, inLow, inClose), outSlowK, outSlowD);

    public static int StochFLookback(int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma) =>
        Guard.Period(fastKPeriod, "optInFastK_Period", 1) - 1
        + MovingAverage.Lookback(Guard.Ma(fastDMaType, "optInFastD_MAType"), Guard.Period(fastDPeriod, "optInFastD_Period", 1));

    public static int StochF(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, ReadOnlySpan<double> inClose, Span<double> outFastK, Span<double> outFastD,
        int fastKPeriod = 5, int fastDPeriod = 3, MaType fastDMaType = MaType.Sma) =>
        Batch.Run(new StochFStream(fastKPeriod, fastDPeriod, fastDMaType), BarInputs.HighLowClose(inHigh, inLow, inClose), outFastK, outFastD);
}
