using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHAMMER (Hammer): a small body at the top of the range, a lower shadow longer than the body, almost no upper shadow, sitting near the prior low (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Hammer : CandlePattern
{
    public override string Name => "CDLHAMMER";
    public override string Hint => "Hammer";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowLong, 0), new(ShadowVeryShort, 0), new(Near, 1)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.LowerShadow(0) > w.Avg(ShadowLong, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.BodyBottom(0) <= w.Low(1) + w.Avg(Near, 1)
            ? 100 : 0;
    }
}
