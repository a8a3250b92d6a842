using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3LINESTRIKE (Three-Line Strike ): three same-colour candles each opening near the prior body and closing further on, then one opposite candle that wipes them out (sign of the three).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeLineStrike : CandlePattern
{
    public override string Name => "CDL3LINESTRIKE";
    public override string Hint => "Three-Line Strike ";
    public override AverageUse[] Averages { get; } = [new(Near, 3), new(Near, 2)];
    public override int ExtraBars => 3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(3) == w.Color(2) && w.Color(2) == w.Color(1) && w.Color(0) == -w.Color(1)
            && w.Open(2) >= w.BodyBottom(3) - w.Avg(Near, 3) && w.Open(2) <= w.BodyTop(3) + w.Avg(Near, 3)
            && w.Open(1) >= w.BodyBottom(2) - w.Avg(Near, 2) && w.Open(1) <= w.BodyTop(2) + w.Avg(Near, 2)
            && ((w.Color(1) == 1 && w.Close(1) > w.Close(2) && w.Close(2) > w.Close(3)
                    && w.Open(0) > w.Close(1) && w.Close(0) < w.Open(3))
                || (w.Color(1) == -1 && w.Close(1) < w.Close(2) && w.Close(2) < w.Close(3)
                    && w.Open(0) < w.Close(1) && w.Close(0) > w.Open(3)))
            ? w.Color(1) * 100 : 0;
    }
}
