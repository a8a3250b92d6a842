using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL2CROWS (Two Crows): long white candle, a black candle whose body gaps up, then a black candle opening inside the second body and closing inside the first (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class TwoCrows : CandlePattern
{
    public override string Name => "CDL2CROWS";
    public override string Hint => "Two Crows";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == 1 && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.Color(1) == -1 && w.RealBodyGapUp(1, 2)
            && w.Color(0) == -1
            && w.Open(0) < w.Open(1) && w.Open(0) > w.Close(1)
            && w.Close(0) > w.Open(2) && w.Close(0) < w.Close(2)
            ? -100 : 0;
    }
}
