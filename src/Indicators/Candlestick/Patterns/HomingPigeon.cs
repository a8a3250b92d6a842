using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHOMINGPIGEON (Homing Pigeon): a long black candle followed by a short black body inside it (+100).
/// Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class HomingPigeon : CandlePattern
{
    public override string Name => "CDLHOMINGPIGEON";
    public override string Hint => "Homing Pigeon";
    public override AverageUse[] Averages { get; } = [new(BodyLong, 1), new(BodyShort, 0)];
    public override int ExtraBars => 1;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        return w.Color(1) == -1 && w.Color(0) == -1
            && w.RealBody(1) > w.Avg(BodyLong, 1)
            && w.RealBody(0) <= w.Avg(BodyShort, 0)
            && w.Open(0) < w.Open(1) && w.Close(0) > w.Close(1)
            ? 100 : 0;
    }
}
