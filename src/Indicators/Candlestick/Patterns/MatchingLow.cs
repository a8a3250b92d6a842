using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLMATCHINGLOW (Matching Low): two black candles closing at (nearly) the same price (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class MatchingLow : CandlePattern
{
    public override string Name => "CDLMATCHINGLOW";
    public override string Hint => "Matching Low";
    public override AverageUse[] Averages { get; } = [new(Equal, 1)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -1 && w.Color(0) == -1
            && w.Close(0) <= w.Close(1) + w.Avg(Equal, 1)
            && w.Close(0) >= w.Close(1) - w.Avg(Equal, 1)
            ? 100 : 0;
    }
}
