using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLCLOSINGMARUBOZU (Closing Marubozu): a long candle closing at its extreme: white with almost no upper shadow or black with almost no lower shadow (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ClosingMarubozu : CandlePattern
{
    public override string Name => "CDLCLOSINGMARUBOZU";
    public override string Hint => "Closing Marubozu";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) > w.Avg(BodyLong, 0)
            && ((w.Color(0) == 1 && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0))
                || (w.Color(0) == -1 && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)))
            ? w.Color(0) * 100 : 0;
    }
}
