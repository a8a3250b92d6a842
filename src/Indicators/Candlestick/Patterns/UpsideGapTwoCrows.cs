using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLUPSIDEGAP2CROWS (Upside Gap Two Crows): a long white candle, a short black body gapping up, then a black candle engulfing it but closing above the first close (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class UpsideGapTwoCrows : CandlePattern
{
    public override string Name => "CDLUPSIDEGAP2CROWS";
    public override string Hint => "Upside Gap Two Crows";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyShort, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.Color(1) == -1 && w.RealBody(1) <= w.Avg(BodyShort, 1)
            && w.RealBodyGapUp(1, 2)
            && w.Color(0) == -1
            && w.Open(0) > w.Open(1) && w.Close(0) < w.Close(1)
            && w.Close(0) > w.Close(2)
            ? -100 : 0;
    }
}
