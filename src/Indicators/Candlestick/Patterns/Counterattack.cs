using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLCOUNTERATTACK (Counterattack): two long opposite candles closing at (nearly) the same price (sign of the second).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Counterattack : CandlePattern
{
    public override string Name => "CDLCOUNTERATTACK";
    public override string Hint => "Counterattack";
    public override AverageUse[] Averages { get; } = [new(Equal, 1), new(BodyLong, 1), new(BodyLong, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -w.Color(0)
            && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.RealBody(0) > w.Avg(BodyLong, 0)
            && w.Close(0) <= w.Close(1) + w.Avg(Equal, 1)
            && w.Close(0) >= w.Close(1) - w.Avg(Equal, 1)
            ? w.Color(0) * 100 : 0;
    }
}
