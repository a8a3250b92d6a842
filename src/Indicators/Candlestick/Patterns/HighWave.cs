using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHIGHWAVE (High-Wave Candle): a short body with very long upper and lower shadows (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class HighWave : CandlePattern
{
    public override string Name => "CDLHIGHWAVE";
    public override string Hint => "High-Wave Candle";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowVeryLong, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.UpperShadow(0) > w.Avg(ShadowVeryLong, 0)
            && w.LowerShadow(0) > w.Avg(ShadowVeryLong, 0)
            ? w.Color(0) * 100 : 0;
    }
}
