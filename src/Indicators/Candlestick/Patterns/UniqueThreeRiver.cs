using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLUNIQUE3RIVER (Unique 3 River): a long black candle, a black harami-like candle making a lower low, then a small white candle opening above that low (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class UniqueThreeRiver : CandlePattern
{
    public override string Name => "CDLUNIQUE3RIVER";
    public override string Hint => "Unique 3 River";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 2), new(BodyShort, 0)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == -1 && w.Color(1) == -1 && w.Color(0) == 1
            && w.Close(1) > w.Close(2) && w.Open(1) <= w.Open(2)
            && w.Low(1) < w.Low(2)
            && w.Open(0) > w.Low(1)
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            ? 100 : 0;
    }
}
