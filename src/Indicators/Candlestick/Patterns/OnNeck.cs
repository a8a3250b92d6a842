using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLONNECK (On-Neck Pattern): a long black candle, then a white candle opening below its low and closing at about that low (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class OnNeck : CandlePattern
{
    public override string Name => "CDLONNECK";
    public override string Hint => "On-Neck Pattern";
    public override AverageUse[] Averages { get; } = [new(Equal, 1), new(BodyLong, 1)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -1 && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.Color(0) == 1
            && w.Open(0) < w.Low(1)
            && w.Close(0) <= w.Low(1) + w.Avg(Equal, 1)
            && w.Close(0) >= w.Low(1) - w.Avg(Equal, 1)
            ? -100 : 0;
    }
}
