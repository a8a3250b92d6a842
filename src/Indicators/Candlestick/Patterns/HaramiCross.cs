using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHARAMICROSS (Harami Cross Pattern): a long candle followed by a doji inside its body (opposite sign to the long candle; 80 when one end coincides).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class HaramiCross : CandlePattern
{
    public override string Name => "CDLHARAMICROSS";
    public override string Hint => "Harami Cross Pattern";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 1), new(BodyDoji, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        if (!(w.RealBody(1) > w.Avg(BodyLong, 1)) || !(w.RealBody(0) <= w.Avg(BodyDoji, 0)))
            return 0;
        if (w.BodyTop(0) < w.BodyTop(1) && w.BodyBottom(0) > w.BodyBottom(1))
            return -w.Color(1) * 100;

        // One end of the bodies may coincide; TA-Lib scores that weaker form 80.
        return w.BodyTop(0) <= w.BodyTop(1) && w.BodyBottom(0) >= w.BodyBottom(1) ? -w.Color(1) * 80 : 0;
    }
}
