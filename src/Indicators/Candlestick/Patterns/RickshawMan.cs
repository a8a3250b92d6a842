using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLRICKSHAWMAN (Rickshaw Man): a doji with two long shadows and its body near the middle of the range (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class RickshawMan : CandlePattern
{
    public override string Name => "CDLRICKSHAWMAN";
    public override string Hint => "Rickshaw Man";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 0), new(ShadowLong, 0), new(Near, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) <= w.Avg(BodyDoji, 0)
            && w.LowerShadow(0) > w.Avg(ShadowLong, 0)
            && w.UpperShadow(0) > w.Avg(ShadowLong, 0)
            && w.BodyBottom(0) <= w.Low(0) + w.HighLowRange(0) / 2 + w.Avg(Near, 0)
            && w.BodyTop(0) >= w.Low(0) + w.HighLowRange(0) / 2 - w.Avg(Near, 0)
            ? 100 : 0;
    }
}
