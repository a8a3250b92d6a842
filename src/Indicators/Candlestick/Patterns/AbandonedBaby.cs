using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLABANDONEDBABY (Abandoned Baby): a long candle, a doji whose whole range gaps away from it, then an opposite candle gapping back and closing well into the first body (sign of the third).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class AbandonedBaby : CandlePattern
{
    public override string Name => "CDLABANDONEDBABY";
    public override string Hint => "Abandoned Baby";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyDoji, 1), new(BodyShort, 0)];
    public override int ExtraBars => 2;
    public override double? DefaultPenetration => 0.3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) <= w.Avg(BodyDoji, 1)
            && w.RealBody(0) > w.Avg(BodyShort, 0)
            && ((w.Color(2) == 1 && w.Color(0) == -1
                    && w.Close(0) < w.Close(2) - w.RealBody(2) * penetration
                    && w.CandleGapUp(1, 2) && w.CandleGapDown(0, 1))
                || (w.Color(2) == -1 && w.Color(0) == 1
                    && w.Close(0) > w.Close(2) + w.RealBody(2) * penetration
                    && w.CandleGapDown(1, 2) && w.CandleGapUp(0, 1)))
            ? w.Color(0) * 100 : 0;
    }
}
