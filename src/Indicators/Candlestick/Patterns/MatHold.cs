using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLMATHOLD (Mat Hold): a long white candle, a small black candle gapping up, two small candles drifting down without sinking far (penetration) into the first body, then a white candle closing above them all (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class MatHold : CandlePattern
{
    public override string Name => "CDLMATHOLD";
    public override string Hint => "Mat Hold";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 3), new(BodyShort, 2), new(BodyShort, 1), new(BodyLong, 4)];
    public override int ExtraBars => 4;
    public override double? DefaultPenetration => 0.5;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(4) == 1 && w.Color(3) == -1 && w.Color(0) == 1
            && w.RealBodyGapUp(3, 4)
            && w.BodyBottom(2) < w.Close(4) && w.BodyBottom(1) < w.Close(4)
            && w.BodyBottom(2) > w.Close(4) - w.RealBody(4) * penetration
            && w.BodyBottom(1) > w.Close(4) - w.RealBody(4) * penetration
            && w.BodyTop(2) < w.Open(3) && w.BodyTop(1) < w.BodyTop(2)
            && w.Open(0) > w.Close(1)
            && w.Close(0) > Math.Max(Math.Max(w.High(3), w.High(2)), w.High(1))
            && w.RealBody(4) > w.Avg(BodyLong, 4)
            && w.RealBody(3) < w.Avg(BodyShort, 3)
            && w.RealBody(2) < w.Avg(BodyShort, 2)
            && w.RealBody(1) < w.Avg(BodyShort, 1)
            ? 100 : 0;
    }
}
