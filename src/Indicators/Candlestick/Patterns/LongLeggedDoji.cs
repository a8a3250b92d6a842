using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLLONGLEGGEDDOJI (Long Legged Doji): a doji with at least one long shadow (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class LongLeggedDoji : CandlePattern
{
    public override string Name => "CDLLONGLEGGEDDOJI";
    public override string Hint => "Long Legged Doji";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 0), new(ShadowLong, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.RealBody(0) <= w.Avg(BodyDoji, 0)
            && (w.LowerShadow(0) > w.Avg(ShadowLong, 0) || w.UpperShadow(0) > w.Avg(ShadowLong, 0))
            ? 100 : 0;
    }
}
