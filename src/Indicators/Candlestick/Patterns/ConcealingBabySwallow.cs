using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLCONCEALBABYSWALL (Concealing Baby Swallow): two black marubozus, a black candle gapping down whose upper shadow reaches back into the prior body, then a black candle engulfing it, shadows included (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ConcealingBabySwallow : CandlePattern
{
    public override string Name => "CDLCONCEALBABYSWALL";
    public override string Hint => "Concealing Baby Swallow";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 3), new(ShadowVeryShort, 2), new(ShadowVeryShort, 1)];
    public override int ExtraBars => 3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(3) == -1 && w.Color(2) == -1 && w.Color(1) == -1 && w.Color(0) == -1
            && w.LowerShadow(3) < w.Avg(ShadowVeryShort, 3) && w.UpperShadow(3) < w.Avg(ShadowVeryShort, 3)
            && w.LowerShadow(2) < w.Avg(ShadowVeryShort, 2) && w.UpperShadow(2) < w.Avg(ShadowVeryShort, 2)
            && w.RealBodyGapDown(1, 2)
            && w.UpperShadow(1) > w.Avg(ShadowVeryShort, 1)
            && w.High(1) > w.Close(2)
            && w.High(0) > w.High(1) && w.Low(0) < w.Low(1)
            ? 100 : 0;
    }
}
