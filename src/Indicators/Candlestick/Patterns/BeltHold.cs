using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLBELTHOLD (Belt-hold): a long candle opening at its extreme: white with almost no lower shadow or black with almost no upper shadow (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class BeltHold : CandlePattern
{
    public override string Name => "CDLBELTHOLD";
    public override string Hint => "Belt-hold";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) > w.Avg(BodyLong, 0)
            && ((w.Color(0) == 1 && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0))
                || (w.Color(0) == -1 && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)))
            ? w.Color(0) * 100 : 0;
    }
}
