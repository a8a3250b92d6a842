using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// The four three-candle stars, which TA-Lib writes as mirror images of one rule:
/// CDLMORNINGSTAR / CDLMORNINGDOJISTAR (+100): a long black candle, a short body (or a doji) gapping down,
/// then a white candle closing deep (penetration) into the black body; CDLEVENINGSTAR / CDLEVENINGDOJISTAR
/// (-100): the same upside down. Conditions and thresholds follow TA-Lib 0.6's own code.
/// </summary>
internal sealed class Star : CandlePattern
{
    private readonly int _direction;
    private readonly CandleSettingType _starBody;

    private Star(string name, string hint, int direction, CandleSettingType starBody)
    {
        Name = name;
        Hint = hint;
        _direction = direction;
        _starBody = starBody;
        Averages = [new(BodyLong, 2), new(starBody, 1), new(BodyShort, 0)];
    }

    public static Star Morning { get; } = new("CDLMORNINGSTAR", "Morning Star", 1, BodyShort);
    public static Star MorningDoji { get; } = new("CDLMORNINGDOJISTAR", "Morning Doji Star", 1, BodyDoji);
    public static Star Evening { get; } = new("CDLEVENINGSTAR", "Evening Star", -1, BodyShort);
    public static Star EveningDoji { get; } = new("CDLEVENINGDOJISTAR", "Evening Doji Star", -1, BodyDoji);

    public override string Name { get; }
    public override string Hint { get; }
    public override AverageUse[] Averages { get; }
    public override int ExtraBars => 2;
    public override double? DefaultPenetration => 0.3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var gap = _direction == 1 ? w.RealBodyGapDown(1, 2) : w.RealBodyGapUp(1, 2);
        var deepClose = _direction == 1
            ? w.Close(0) > w.Close(2) + w.RealBody(2) * penetration
            : w.Close(0) < w.Close(2) - w.RealBody(2) * penetration;
        return w.Color(2) == -_direction && w.Color(0) == _direction
            && gap
            && deepClose
            && w.RealBody(2) > w.Avg(BodyLong, 2)
            && w.RealBody(1) <= w.Avg(_starBody, 1)
            && w.RealBody(0) > w.Avg(BodyShort, 0)
            ? _direction * 100 : 0;
    }
}
