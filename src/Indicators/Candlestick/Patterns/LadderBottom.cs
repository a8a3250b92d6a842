using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLLADDERBOTTOM (Ladder Bottom): three falling black candles, a black candle with an upper shadow, then a white candle opening above its body and closing above its high (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class LadderBottom : CandlePattern
{
    public override string Name => "CDLLADDERBOTTOM";
    public override string Hint => "Ladder Bottom";
    public override AverageUse[] Averages { get; } = [new(ShadowVeryShort, 1)];
    public override int ExtraBars => 4;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(4) == -1 && w.Color(3) == -1 && w.Color(2) == -1
            && w.Open(4) > w.Open(3) && w.Open(3) > w.Open(2)
            && w.Close(4) > w.Close(3) && w.Close(3) > w.Close(2)
            && w.Color(1) == -1 && w.UpperShadow(1) > w.Avg(ShadowVeryShort, 1)
            && w.Color(0) == 1
            && w.Open(0) > w.Open(1)
            && w.Close(0) > w.High(1)
            ? 100 : 0;
    }
}
