using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>CDLDOJI: a body no bigger than BodyDoji (a tenth of the average range).</summary>
internal sealed class Doji : CandlePattern
{
    public override string Name => "CDLDOJI";
    public override string Hint => "Doji";
    public override AverageUse[] Averages { get; } = [new(BodyDoji, 0)];
    public override int ExtraBars => 0;

    public override int Evaluate(CandleWindow w, double penetration) =>
        w.RealBody(0) <= w.Avg(BodyDoji, 0) ? 100 : 0;
}
