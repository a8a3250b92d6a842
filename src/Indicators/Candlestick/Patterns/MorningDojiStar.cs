using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLMORNINGDOJISTAR (Morning Doji Star): a long black candle, a doji gapping down, then a white candle closing deep (penetration) into the black body (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class MorningDojiStar : CandlePattern
{
    public override string Name => "CDLMORNINGDOJISTAR";
    public override string Hint => "Morning Doji Star";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyDoji, 1), new(BodyShort, 0)];
    public override int ExtraBars => 2;
    public override double? DefaultPenetration => 0.3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == -1 && w.Color(0) == 1
            && w.RealBodyGapDown(1, 2)
            && w.Close(0) > w.Close(2) + w.RealBody(2) * penetration
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) <= w.Avg(BodyDoji, 1)
            && w.RealBody(0) > w.Avg(BodyShort, 0)
            ? 100 : 0;
    }
}
