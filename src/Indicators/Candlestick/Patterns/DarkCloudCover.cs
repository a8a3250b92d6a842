using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLDARKCLOUDCOVER (Dark Cloud Cover): a long white candle, then a black candle opening above its high and closing deep (penetration) into its body (-100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class DarkCloudCover : CandlePattern
{
    public override string Name => "CDLDARKCLOUDCOVER";
    public override string Hint => "Dark Cloud Cover";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 1)];
    public override int ExtraBars => 1;
    public override double? DefaultPenetration => 0.5;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == 1 && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.Color(0) == -1
            && w.Open(0) > w.High(1)
            && w.Close(0) > w.Open(1)
            && w.Close(0) < w.Close(1) - w.RealBody(1) * penetration
            ? -100 : 0;
    }
}
