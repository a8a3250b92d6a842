using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLTAKURI (Takuri (Dragonfly Doji with very long lower shadow)): a doji with almost no upper shadow and a lower shadow more than twice the body (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Takuri : CandlePattern
{
    public override string Name => "CDLTAKURI";
    public override string Hint => "Takuri (Dragonfly Doji with very long lower shadow)";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 0), new(ShadowVeryShort, 0), new(ShadowVeryLong, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) <= w.Avg(BodyDoji, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.LowerShadow(0) > w.Avg(ShadowVeryLong, 0)
            ? 100 : 0;
    }
}
