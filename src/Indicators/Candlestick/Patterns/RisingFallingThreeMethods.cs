using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLRISEFALL3METHODS (Rising/Falling Three Methods): a long candle, three small counter-trend candles within its range, then a long candle closing beyond the first (sign of the first).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class RisingFallingThreeMethods : CandlePattern
{
    public override string Name => "CDLRISEFALL3METHODS";
    public override string Hint => "Rising/Falling Three Methods";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 3), new(BodyShort, 2), new(BodyShort, 1), new(BodyLong, 4), new(BodyLong, 0)];
    public override int ExtraBars => 4;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var trend = w.Color(4);
        return trend == -w.Color(3) && w.Color(3) == w.Color(2) && w.Color(2) == w.Color(1) && w.Color(1) == -w.Color(0)
            && w.BodyBottom(3) < w.High(4) && w.BodyTop(3) > w.Low(4)
            && w.BodyBottom(2) < w.High(4) && w.BodyTop(2) > w.Low(4)
            && w.BodyBottom(1) < w.High(4) && w.BodyTop(1) > w.Low(4)
            && w.Close(2) * trend < w.Close(3) * trend
            && w.Close(1) * trend < w.Close(2) * trend
            && w.Open(0) * trend > w.Close(1) * trend
            && w.Close(0) * trend > w.Close(4) * trend
            && w.RealBody(4) > w.Avg(BodyLong, 4)
            && w.RealBody(3) < w.Avg(BodyShort, 3)
            && w.RealBody(2) < w.Avg(BodyShort, 2)
            && w.RealBody(1) < w.Avg(BodyShort, 1)
            && w.RealBody(0) > w.Avg(BodyLong, 0)
            ? 100 * trend : 0;
    }
}
