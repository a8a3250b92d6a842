using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSEPARATINGLINES (Separating Lines): a candle followed by an opposite belt hold opening at (nearly) the same price (sign of the second).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class SeparatingLines : CandlePattern
{
    public override string Name => "CDLSEPARATINGLINES";
    public override string Hint => "Separating Lines";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 0), new(BodyLong, 0), new(Equal, 1)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -w.Color(0)
            && w.Open(0) <= w.Open(1) + w.Avg(Equal, 1)
            && w.Open(0) >= w.Open(1) - w.Avg(Equal, 1)
            && w.RealBody(0) > w.Avg(BodyLong, 0)
            && ((w.Color(0) == 1 && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0))
                || (w.Color(0) == -1 && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)))
            ? w.Color(0) * 100 : 0;
    }
}
