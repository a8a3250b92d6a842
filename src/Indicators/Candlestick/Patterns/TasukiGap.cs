using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLTASUKIGAP (Tasuki Gap): a body gapping away, then an opposite candle of similar size that closes into the gap without filling it (sign of the gapping candle).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class TasukiGap : CandlePattern
{
    public override string Name => "CDLTASUKIGAP";
    public override string Hint => "Tasuki Gap";
    public override AverageUse[] Averages { get; } = [new(Near, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return (w.RealBodyGapUp(1, 2) && w.Color(1) == 1 && w.Color(0) == -1
                && w.Open(0) < w.Close(1) && w.Open(0) > w.Open(1)
                && w.Close(0) < w.Open(1)
                && w.Close(0) > w.BodyTop(2)
                && Math.Abs(w.RealBody(1) - w.RealBody(0)) < w.Avg(Near, 1))
            || (w.RealBodyGapDown(1, 2) && w.Color(1) == -1 && w.Color(0) == 1
                && w.Open(0) < w.Open(1) && w.Open(0) > w.Close(1)
                && w.Close(0) > w.Open(1)
                && w.Close(0) < w.BodyBottom(2)
                && Math.Abs(w.RealBody(1) - w.RealBody(0)) < w.Avg(Near, 1))
            ? w.Color(1) * 100 : 0;
    }
}
