using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLTRISTAR (Tristar Pattern): three dojis with the middle one gapping away (+100 after a gap down, -100 after a gap up).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Tristar : CandlePattern
{
    public override string Name => "CDLTRISTAR";
    public override string Hint => "Tristar Pattern";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 2)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        // TA-Lib judges all three dojis against the first candle's average, so this does too.
        var doji = w.Avg(BodyDoji, 2);
        if (!(w.RealBody(2) <= doji && w.RealBody(1) <= doji && w.RealBody(0) <= doji))
            return 0;
        var result = 0;
        if (w.RealBodyGapUp(1, 2) && w.BodyTop(0) < w.BodyTop(1))
            result = -100;
        if (w.RealBodyGapDown(1, 2) && w.BodyBottom(0) > w.BodyBottom(1))
            result = 100;
        return result;
    }
}
