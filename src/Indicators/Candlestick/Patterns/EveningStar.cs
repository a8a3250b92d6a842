using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLEVENINGSTAR (Evening Star): a long white candle, a short body gapping up, then a black candle closing deep (penetration) into the white body (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class EveningStar : CandlePattern
{
    public override string Name => "CDLEVENINGSTAR";
    public override string Hint => "Evening Star";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyShort, 1), new(BodyShort, 0)];
    public override int ExtraBars => 2;
    public override double? DefaultPenetration => 0.3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.Color(0) == -1
            && w.RealBodyGapUp(1, 2)
            && w.Close(0) < w.Close(2) - w.RealBody(2) * penetration
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) <= w.Avg(BodyShort, 1)
            && w.RealBody(0) > w.Avg(BodyShort, 0)
            ? -100 : 0;
    }
}
