using static Hive.Indicators.Candlestick.CandleSettingType;

namespace Hive.Indicators.Candlestick.Patterns;

/// <summary>
/// CDLHIKKAKEMOD: two nested inside bars, the first closing near its low (high), then a breakout (±100); a close
/// beyond the second inside bar within three bars confirms it (±200). Like TA-Lib it warms up three bars before
/// the lookback, and its Near total starts rolling there too.
/// </summary>
internal sealed class HikkakeModified : CandlePattern
{
    public override string Name => "CDLHIKKAKEMOD";
    public override string Hint => "Modified Hikkake Pattern";
    public override AverageUse[] Averages { get; } = [new(Near, 2)];
    public override int ExtraBars => 5;
    public override int WarmupBars => 3;

    /// <summary>TA-Lib keeps at least one bar for the Near average even when its period is set to 0.</summary>
    public override int Lookback(CandleSettings settings) => Math.Max(1, settings[Near].AveragePeriod) + ExtraBars;

    public override int Evaluate(CandleWindow w, double penetration)
    {
        var s = w.State;
        int result;
        if (w.High(2) < w.High(3) && w.Low(2) > w.Low(3)
            && w.High(1) < w.High(2) && w.Low(1) > w.Low(2)
            && ((w.High(0) < w.High(1) && w.Low(0) < w.Low(1) && w.Close(2) <= w.Low(2) + w.Avg(Near, 2))
                || (w.High(0) > w.High(1) && w.Low(0) > w.Low(1) && w.Close(2) >= w.High(2) - w.Avg(Near, 2))))
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
