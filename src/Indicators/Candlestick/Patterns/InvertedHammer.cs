using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLINVERTEDHAMMER (Inverted Hammer): a small body gapping down, a long upper shadow and almost no lower shadow (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class InvertedHammer : CandlePattern
{
    public override string Name => "CDLINVERTEDHAMMER";
    public override string Hint => "Inverted Hammer";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowLong, 0), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBodyGapDown(0, 1)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.UpperShadow(0) > w.Avg(ShadowLong, 0)
            && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            ? 100 : 0;
    }
}
