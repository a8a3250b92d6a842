using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3WHITESOLDIERS (Three Advancing White Soldiers): three rising white candles with tiny upper shadows, each opening within or near the prior body and none far shorter than the one before (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeWhiteSoldiers : CandlePattern
{
    public override string Name => "CDL3WHITESOLDIERS";
    public override string Hint => "Three Advancing White Soldiers";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 2), new(ShadowVeryShort, 1), new(ShadowVeryShort, 0), new(Near, 2), new(Near, 1), new(Far, 2), new(Far, 1), new(BodyShort, 0)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.UpperShadow(2) < w.Avg(ShadowVeryShort, 2)
            && w.Color(1) == 1 && w.UpperShadow(1) < w.Avg(ShadowVeryShort, 1)
            && w.Color(0) == 1 && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.Close(0) > w.Close(1) && w.Close(1) > w.Close(2)
            && w.Open(1) > w.Open(2) && w.Open(1) <= w.Close(2) + w.Avg(Near, 2)
            && w.Open(0) > w.Open(1) && w.Open(0) <= w.Close(1) + w.Avg(Near, 1)
            && w.RealBody(1) > w.RealBody(2) - w.Avg(Far, 2)
            && w.RealBody(0) > w.RealBody(1) - w.Avg(Far, 1)
            && w.RealBody(0) > w.Avg(BodyShort, 0)
            ? 100 : 0;
    }
}
