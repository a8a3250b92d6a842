using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLADVANCEBLOCK (Advance Block): three rising white candles that lose strength: shrinking bodies or growing upper shadows (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class AdvanceBlock : CandlePattern
{
    public override string Name => "CDLADVANCEBLOCK";
    public override string Hint => "Advance Block";
    public override AverageUse[] Averages { get; } = [new(ShadowShort, 2), new(ShadowShort, 1), new(ShadowShort, 0), new(ShadowLong, 1), new(ShadowLong, 0), new(Near, 2), new(Near, 1), new(Far, 2), new(Far, 1), new(BodyLong, 2)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.Color(1) == 1 && w.Color(0) == 1
            && w.Close(0) > w.Close(1) && w.Close(1) > w.Close(2)
            && w.Open(1) > w.Open(2) && w.Open(1) <= w.Close(2) + w.Avg(Near, 2)
            && w.Open(0) > w.Open(1) && w.Open(0) <= w.Close(1) + w.Avg(Near, 1)
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.UpperShadow(2) < w.Avg(ShadowShort, 2)
            && ((w.RealBody(1) < w.RealBody(2) - w.Avg(Far, 2) && w.RealBody(0) < w.RealBody(1) + w.Avg(Near, 1))
                || w.RealBody(0) < w.RealBody(1) - w.Avg(Far, 1)
                || (w.RealBody(0) < w.RealBody(1) && w.RealBody(1) < w.RealBody(2)
                    && (w.UpperShadow(0) > w.Avg(ShadowShort, 0) || w.UpperShadow(1) > w.Avg(ShadowShort, 1)))
                || (w.RealBody(0) < w.RealBody(1) && w.UpperShadow(0) > w.Avg(ShadowLong, 0)))
            ? -100 : 0;
    }
}
