using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3STARSINSOUTH (Three Stars In The South): a long black candle with a long lower shadow, a smaller black candle holding above its low, then a small black marubozu inside the second's range (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeStarsInSouth : CandlePattern
{
    public override string Name => "CDL3STARSINSOUTH";
    public override string Hint => "Three Stars In The South";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(ShadowLong, 2), new(ShadowVeryShort, 1), new(ShadowVeryShort, 0), new(BodyShort, 0)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == -1 && w.Color(1) == -1 && w.Color(0) == -1
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.LowerShadow(2) > w.Avg(ShadowLong, 2)
            && w.RealBody(1) < w.RealBody(2)
            && w.Open(1) > w.Close(2) && w.Open(1) <= w.High(2)
            && w.Low(1) < w.Close(2) && w.Low(1) >= w.Low(2)
            && w.LowerShadow(1) > w.Avg(ShadowVeryShort, 1)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.Low(0) > w.Low(1) && w.High(0) < w.High(1)
            ? 100 : 0;
    }
}
