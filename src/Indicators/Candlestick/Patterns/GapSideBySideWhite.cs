using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLGAPSIDESIDEWHITE (Up/Down-gap side-by-side white lines): two similar white candles opening at about the same level, both gapping away from the candle before them (+100 up, -100 down).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class GapSideBySideWhite : CandlePattern
{
    public override string Name => "CDLGAPSIDESIDEWHITE";
    public override string Hint => "Up/Down-gap side-by-side white lines";
    public override AverageUse[] Averages { get; } = [new(Near, 1), new(Equal, 1)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return ((w.RealBodyGapUp(1, 2) && w.RealBodyGapUp(0, 2)) || (w.RealBodyGapDown(1, 2) && w.RealBodyGapDown(0, 2)))
            && w.Color(1) == 1 && w.Color(0) == 1
            && w.RealBody(0) >= w.RealBody(1) - w.Avg(Near, 1)
            && w.RealBody(0) <= w.RealBody(1) + w.Avg(Near, 1)
            && w.Open(0) >= w.Open(1) - w.Avg(Equal, 1)
            && w.Open(0) <= w.Open(1) + w.Avg(Equal, 1)
            ? (w.RealBodyGapUp(1, 2) ? 100 : -100) : 0;
    }
}
