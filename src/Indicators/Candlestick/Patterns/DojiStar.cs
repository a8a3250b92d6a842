using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLDOJISTAR (Doji Star): a long candle followed by a doji whose body gaps away in the same direction (opposite sign to the long candle).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class DojiStar : CandlePattern
{
    public override string Name => "CDLDOJISTAR";
    public override string Hint => "Doji Star";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 1), new(BodyDoji, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.RealBody(0) <= w.Avg(BodyDoji, 0)
            && ((w.Color(1) == 1 && w.RealBodyGapUp(0, 1)) || (w.Color(1) == -1 && w.RealBodyGapDown(0, 1)))
            ? -w.Color(1) * 100 : 0;
    }
}
