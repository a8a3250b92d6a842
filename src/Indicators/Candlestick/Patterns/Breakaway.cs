using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLBREAKAWAY (Breakaway): a long candle, a same-colour candle gapping away, two more extending the move, then an opposite candle closing inside the gap (sign of the fifth).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Breakaway : CandlePattern
{
    public override string Name => "CDLBREAKAWAY";
    public override string Hint => "Breakaway";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 4)];
    public override int ExtraBars => 4;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(4) == w.Color(3) && w.Color(3) == w.Color(1) && w.Color(1) == -w.Color(0)
            && w.RealBody(4) > w.Avg(BodyLong, 4)
            && ((w.Color(4) == -1 && w.RealBodyGapDown(3, 4)
                    && w.High(2) < w.High(3) && w.Low(2) < w.Low(3)
                    && w.High(1) < w.High(2) && w.Low(1) < w.Low(2)
                    && w.Close(0) > w.Open(3) && w.Close(0) < w.Close(4))
                || (w.Color(4) == 1 && w.RealBodyGapUp(3, 4)
                    && w.High(2) > w.High(3) && w.Low(2) > w.Low(3)
                    && w.High(1) > w.High(2) && w.Low(1) > w.Low(2)
                    && w.Close(0) < w.Open(3) && w.Close(0) > w.Close(4)))
            ? w.Color(0) * 100 : 0;
    }
}
