using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLKICKING (Kicking): two opposite marubozus with a gap between their ranges, signed by the second;
/// CDLKICKINGBYLENGTH: the same, signed by the longer marubozu.
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Kicking : CandlePattern
{
    private readonly bool _byLength;

    private Kicking(string name, string hint, bool byLength)
    {
        Name = name;
        Hint = hint;
        _byLength = byLength;
    }

    public static Kicking BySecond { get; } = new("CDLKICKING", "Kicking", byLength: false);
    public static Kicking ByLength { get; } = new("CDLKICKINGBYLENGTH", "Kicking - bull/bear determined by the longer marubozu", byLength: true);

    public override string Name { get; }
    public override string Hint { get; }
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 1), new(ShadowVeryShort, 0), new(BodyLong, 1), new(BodyLong, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var signedBy = _byLength && w.RealBody(0) <= w.RealBody(1) ? 1 : 0;
        return w.Color(1) == -w.Color(0)
            && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.UpperShadow(1) < w.Avg(ShadowVeryShort, 1) && w.LowerShadow(1) < w.Avg(ShadowVeryShort, 1)
            && w.RealBody(0) > w.Avg(BodyLong, 0)
            && w.UpperShadow(0) < w.Avg(ShadowVeryShort, 0) && w.LowerShadow(0) < w.Avg(ShadowVeryShort, 0)
            && ((w.Color(1) == -1 && w.CandleGapUp(0, 1)) || (w.Color(1) == 1 && w.CandleGapDown(0, 1)))
            ? w.Color(signedBy) * 100 : 0;
    }
}
