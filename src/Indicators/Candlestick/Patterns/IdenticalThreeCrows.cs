using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLIDENTICAL3CROWS (Identical Three Crows): three declining black candles with tiny lower shadows, each opening at about the prior close (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class IdenticalThreeCrows : CandlePattern
{
    public override string Name => "CDLIDENTICAL3CROWS";
    public override string Hint => "Identical Three Crows";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 2), new(ShadowVeryShort, 1), new(ShadowVeryShort, 0), new(Equal, 2), new(Equal, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == -1 && w.LowerShadow(2) < w.Avg(ShadowVeryShort, 2)
            && w.Color(1) == -1 && w.LowerShadow(1) < w.Avg(ShadowVeryShort, 1)
            && w.Color(0) == -1 && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            && w.Close(2) > w.Close(1) && w.Close(1) > w.Close(0)
            && w.Open(1) <= w.Close(2) + w.Avg(Equal, 2) && w.Open(1) >= w.Close(2) - w.Avg(Equal, 2)
            && w.Open(0) <= w.Close(1) + w.Avg(Equal, 1) && w.Open(0) >= w.Close(1) - w.Avg(Equal, 1)
            ? -100 : 0;
    }
}
