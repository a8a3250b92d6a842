using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3INSIDE (Three Inside Up/Down): a long candle, a short body inside it, then an opposite candle closing beyond the first candle's open (+100 up, -100 down).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeInside : CandlePattern
{
    public override string Name => "CDL3INSIDE";
    public override string Hint => "Three Inside Up/Down";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyShort, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.BodyTop(1) < w.BodyTop(2) && w.BodyBottom(1) > w.BodyBottom(2)
            && ((w.Color(2) == 1 && w.Color(0) == -1 && w.Close(0) < w.Open(2))
                || (w.Color(2) == -1 && w.Color(0) == 1 && w.Close(0) > w.Open(2)))
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) <= w.Avg(BodyShort, 1)
            ? -w.Color(2) * 100 : 0;
    }
}
