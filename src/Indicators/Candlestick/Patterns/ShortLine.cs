using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSHORTLINE (Short Line Candle): a short body with short shadows (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ShortLine : CandlePattern
{
    public override string Name => "CDLSHORTLINE";
    public override string Hint => "Short Line Candle";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0), new(ShadowShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) < w.Avg(BodyShort, 0)
            && w.UpperShadow(0) < w.Avg(ShadowShort, 0)
            && w.LowerShadow(0) < w.Avg(ShadowShort, 0)
            ? w.Color(0) * 100 : 0;
    }
}
