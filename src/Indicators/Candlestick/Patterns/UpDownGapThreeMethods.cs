using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLXSIDEGAP3METHODS (Upside/Downside Gap Three Methods): two same-colour candles with a body gap, then an opposite candle opening in the second body and closing in the first (sign of the first two).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class UpDownGapThreeMethods : CandlePattern
{
    public override string Name => "CDLXSIDEGAP3METHODS";
    public override string Hint => "Upside/Downside Gap Three Methods";
    public override AverageUse[] Averages { get; } = [];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == w.Color(1) && w.Color(1) == -w.Color(0)
            && w.Open(0) < w.BodyTop(1) && w.Open(0) > w.BodyBottom(1)
            && w.Close(0) < w.BodyTop(2) && w.Close(0) > w.BodyBottom(2)
            && ((w.Color(2) == 1 && w.RealBodyGapUp(1, 2)) || (w.Color(2) == -1 && w.RealBodyGapDown(1, 2)))
            ? w.Color(2) * 100 : 0;
    }
}
