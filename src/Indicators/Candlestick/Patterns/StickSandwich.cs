using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLSTICKSANDWICH (Stick Sandwich): a black candle, a white candle trading above its close, then a black candle closing at (nearly) the first close (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class StickSandwich : CandlePattern
{
    public override string Name => "CDLSTICKSANDWICH";
    public override string Hint => "Stick Sandwich";
    public override AverageUse[] Averages { get; } = [new(Equal, 2)];
    public override int ExtraBars => 2;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(2) == -1 && w.Color(1) == 1 && w.Color(0) == -1
            && w.Low(1) > w.Close(2)
            && w.Close(0) <= w.Close(2) + w.Avg(Equal, 2)
            && w.Close(0) >= w.Close(2) - w.Avg(Equal, 2)
            ? 100 : 0;
    }
}
