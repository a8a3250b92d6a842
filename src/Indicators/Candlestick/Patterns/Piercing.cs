using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLPIERCING (Piercing Pattern): a long black candle, then a long white candle opening below its low and closing above the middle of its body (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Piercing : CandlePattern
{
    public override string Name => "CDLPIERCING";
    public override string Hint => "Piercing Pattern";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 1), new(BodyLong, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -1 && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.Color(0) == 1 && w.RealBody(0) > w.Avg(BodyLong, 0)
            && w.Open(0) < w.Low(1)
            && w.Close(0) < w.Open(1)
            && w.Close(0) > w.Close(1) + w.RealBody(1) * 0.5
            ? 100 : 0;
    }
}
