using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLMARUBOZU (Marubozu): a long body with almost no shadows (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Marubozu : CandlePattern
{
    public override string Name => "CDLMARUBOZU";
    public override string Hint => "Marubozu";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) > w.Avg(BodyLong, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            ? w.Color(0) * 100 : 0;
    }
}
