using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3BLACKCROWS (Three Black Crows): a white candle, then three declining black candles, each opening inside the prior body with almost no lower shadow (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeBlackCrows : CandlePattern
{
    public override string Name => "CDL3BLACKCROWS";
    public override string Hint => "Three Black Crows";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 2), new(ShadowVeryShort, 1), new(ShadowVeryShort, 0)];
    public override int ExtraBars => 3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(3) == 1 && w.Color(2) == -1 && w.Color(1) == -1 && w.Color(0) == -1
            && w.Open(1) < w.Open(2) && w.Open(1) > w.Close(2)
            && w.Open(0) < w.Open(1) && w.Open(0) > w.Close(1)
            && w.High(3) > w.Close(2)
            && w.Close(2) > w.Close(1) && w.Close(1) > w.Close(0)
            && w.LowerShadow(2) < w.Avg(ShadowVeryShort, 2)
            && w.LowerShadow(1) < w.Avg(ShadowVeryShort, 1)
            && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            ? -100 : 0;
    }
}
