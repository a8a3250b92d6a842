using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSTALLEDPATTERN (Stalled Pattern): two long rising white candles, then a small white candle riding on the second's close (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class StalledPattern : CandlePattern
{
    public override string Name => "CDLSTALLEDPATTERN";
    public override string Hint => "Stalled Pattern";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyLong, 1), new(BodyShort, 0), new(ShadowVeryShort, 1), new(Near, 2), new(Near, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.Color(1) == 1 && w.Color(0) == 1
            && w.Close(0) > w.Close(1) && w.Close(1) > w.Close(2)
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.UpperShadow(1) < w.Avg(ShadowVeryShort, 1)
            && w.Open(1) > w.Open(2)
            && w.Open(1) <= w.Close(2) + w.Avg(Near, 2)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.Open(0) >= w.Close(1) - w.RealBody(0) - w.Avg(Near, 1)
            ? -100 : 0;
    }
}
