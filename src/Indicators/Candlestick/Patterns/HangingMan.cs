using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHANGINGMAN (Hanging Man): the hammer shape sitting near the prior high (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class HangingMan : CandlePattern
{
    public override string Name => "CDLHANGINGMAN";
    public override string Hint => "Hanging Man";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowLong, 0), new(ShadowVeryShort, 0), new(Near, 1)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.LowerShadow(0) > w.Avg(ShadowLong, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.BodyBottom(0) >= w.High(1) - w.Avg(Near, 1)
            ? -100 : 0;
    }
}
