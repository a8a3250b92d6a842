using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSHOOTINGSTAR (Shooting Star): a small body gapping up, a long upper shadow and almost no lower shadow (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ShootingStar : CandlePattern
{
    public override string Name => "CDLSHOOTINGSTAR";
    public override string Hint => "Shooting Star";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowLong, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBodyGapUp(0, 1)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.UpperShadow(0) > w.Avg(ShadowLong, 0)
            && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            ? -100 : 0;
    }
}
