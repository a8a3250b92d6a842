using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLDRAGONFLYDOJI (Dragonfly Doji): a doji with almost no upper shadow and a real lower shadow (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class DragonflyDoji : CandlePattern
{
    public override string Name => "CDLDRAGONFLYDOJI";
    public override string Hint => "Dragonfly Doji";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) <= w.Avg(BodyDoji, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.LowerShadow(0) > w.Avg(ShadowVeryShort, 0)
            ? 100 : 0;
    }
}
