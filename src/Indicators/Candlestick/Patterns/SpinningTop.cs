using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSPINNINGTOP (Spinning Top): a short body with both shadows longer than the body (its colour).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class SpinningTop : CandlePattern
{
    public override string Name => "CDLSPINNINGTOP";
    public override string Hint => "Spinning Top";
    public override AverageUse[] Averages { get; } = [new(BodyShort, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.UpperShadow(0) > w.RealBody(0)
            && w.LowerShadow(0) > w.RealBody(0)
            && w.RealBody(0) < w.Avg(BodyShort, 0)
            ? w.Color(0) * 100 : 0;
    }
}
