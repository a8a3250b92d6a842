namespace Hive.Indicators.Candlestick;

/// <summary>
/// Memory carried from bar to bar by the few patterns that have it (the hikkakes remember a setup while they wait
/// for its confirmation). Lives in the window so one pattern object can serve any number of streams.
/// </summary>
internal sealed class PatternState
{
    /// <summary>Bars left in which a confirmation still counts (0 = no setup pending).</summary>
    public int Countdown;

    /// <summary>Signed result of the pending setup: +100 bullish, -100 bearish.</summary>
    public int Result;

    /// <summary>High of the reference candle a bullish confirmation must close above.</summary>
    public double High;

    /// <summary>Low of the reference candle a bearish confirmation must close below.</summary>
    public double Low;

    public void Clear()
    {
        Countdown = 0;
        Result = 0;
        High = 0;
        Low = 0;
    }
}
