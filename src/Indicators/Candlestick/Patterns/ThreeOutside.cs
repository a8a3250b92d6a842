using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDL3OUTSIDE (Three Outside Up/Down): an engulfing pair followed by a candle that closes further in the engulfing direction (sign of the engulfing candle).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class ThreeOutside : CandlePattern
{
    public override string Name => "CDL3OUTSIDE";
    public override string Hint => "Three Outside Up/Down";
    public override AverageUse[] Averages { get; } = [];
    public override int ExtraBars => 3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return (w.Color(1) == 1 && w.Color(2) == -1 && w.Close(1) > w.Open(2) && w.Open(1) < w.Close(2) && w.Close(0) > w.Close(1))
            || (w.Color(1) == -1 && w.Color(2) == 1 && w.Open(1) > w.Close(2) && w.Close(1) < w.Open(2) && w.Close(0) < w.Close(1))
            ? w.Color(1) * 100 : 0;
    }
}
