namespace Hive.Indicators.Candlestick;

/// <summary>
/// One TA-Lib candlestick recogniser, written once against a <see cref="CandleWindow"/> so the batch and the
/// streaming forms run the very same code (and therefore can never disagree).
/// </summary>
internal abstract class CandlePattern
{
    private static readonly AverageUse[] NoAverages = [];

    /// <summary>TA-Lib's function name, e.g. <c>CDLDOJI</c>.</summary>
    public abstract string Name { get; }

    /// <summary>TA-Lib's one-line description.</summary>
    public abstract string Hint { get; }

    /// <summary>TA-Lib's default <c>optInPenetration</c>; null for patterns that have no such parameter.</summary>
    public virtual double? DefaultPenetration => null;

    /// <summary>The (setting, candle offset) averages the pattern reads; each gets its own rolling total.</summary>
    public virtual AverageUse[] Averages => NoAverages;

    /// <summary>Bars the pattern needs beyond the longest average period (usually its candle count - 1).</summary>
    public abstract int ExtraBars { get; }

    /// <summary>
    /// Bars before the lookback on which <see cref="Evaluate"/> must already run (output discarded) so that
    /// carried state matches TA-Lib's warm-up loop. Zero for patterns without memory.
    /// </summary>
    public virtual int WarmupBars => 0;

    /// <summary>TA-Lib's lookback: the longest average period among the settings read, plus <see cref="ExtraBars"/>.</summary>
    public virtual int Lookback(CandleSettings settings)
    {
        var longest = 0;
        foreach (var use in Averages)
            longest = Math.Max(longest, settings[use.Setting].AveragePeriod);
        return longest + ExtraBars;
    }

    /// <summary>The pattern's value (0, ±100, ±200 ...) on the window's current bar.</summary>
    public abstract int Evaluate(CandleWindow w, double penetration);
}
