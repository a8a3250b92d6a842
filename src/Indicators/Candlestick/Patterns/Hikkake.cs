namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHIKKAKE: an inside bar followed by a breakout (±100); a close beyond the inside bar within the next three
/// bars confirms it (±200). The pending setup is carried in <see cref="PatternState"/>, and TA-Lib's three warm-up
/// bars before the lookback are replayed so a setup formed there is still confirmed after it.
/// </summary>
internal sealed class Hikkake : CandlePattern
{
    public override string Name => "CDLHIKKAKE";
    public override string Hint => "Hikkake Pattern";
    public override int ExtraBars => 5;
    public override int WarmupBars => 3;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var s = w.State;
        int result;
        if (w.High(1) < w.High(2) && w.Low(1) > w.Low(2)
            && ((w.High(0) < w.High(1) && w.Low(0) < w.Low(1)) || (w.High(0) > w.High(1) && w.Low(0) > w.Low(1))))
        {
            s.Result = 100 * (w.High(0) < w.High(1) ? 1 : -1);
            s.High = w.High(1);
            s.Low = w.Low(1);
            s.Countdown = 4;
            result = s.Result;
        }
        else if (s.Countdown > 0 && ((s.Result > 0 && w.Close(0) > s.High) || (s.Result < 0 && w.Close(0) < s.Low)))
        {
            result = s.Result + 100 * (s.Result > 0 ? 1 : -1);
            s.Countdown = 0;
        }
        else
        {
            result = 0;
        }

        if (s.Countdown > 0)
            s.Countdown--;
        return result;
    }
}
