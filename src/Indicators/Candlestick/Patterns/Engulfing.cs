using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLENGULFING (Engulfing Pattern): a body that engulfs the prior opposite-coloured body (±100; ±80 when the bodies share one end).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Engulfing : CandlePattern
{
    public override string Name => "CDLENGULFING";
    public override string Hint => "Engulfing Pattern";
    public override AverageUse[] Averages { get; } = [];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var engulfs =
            (w.Color(0) == 1 && w.Color(1) == -1
                && ((w.Close(0) >= w.Open(1) && w.Open(0) < w.Close(1)) || (w.Close(0) > w.Open(1) && w.Open(0) <= w.Close(1))))
            || (w.Color(0) == -1 && w.Color(1) == 1
                && ((w.Open(0) >= w.Close(1) && w.Close(0) < w.Open(1)) || (w.Open(0) > w.Close(1) && w.Close(0) <= w.Open(1))));
        if (!engulfs)
            return 0;

        // TA-Lib scores a body matching the prior one at one end (80) below a full engulfing (100).
        return w.Open(0) != w.Close(1) && w.Close(0) != w.Open(1) ? w.Color(0) * 100 : w.Color(0) * 80;
    }
}
