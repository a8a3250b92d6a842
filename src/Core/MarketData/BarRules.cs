namespace Hive.Core.MarketData;

/// <summary>The consistency rules every bar must satisfy, and the one repair that is safe: widening high/low to
/// cover open and close (a feed that reports high &lt; low or a close outside the range has mislabelled or
/// truncated extremes; the prices themselves are kept). Negative volume and non-finite or non-positive prices
/// cannot be repaired.</summary>
public static class BarRules
{
    /// <summary>Refusal codes of a venue for bars it cannot take (stable: clients match on them).</summary>
    public const string BarInFuture = "bar-in-future";

    public const string StaleBar = "stale-bar";

    public const BarDefects Repairable = BarDefects.HighBelowLow | BarDefects.OpenOutsideRange | BarDefects.CloseOutsideRange;

    public static BarDefects Check(double open, double high, double low, double close, double volume)
    {
        var defects = BarDefects.None;
        if (!double.IsFinite(open) || !double.IsFinite(high) || !double.IsFinite(low) || !double.IsFinite(close) || !double.IsFinite(volume))
            return BarDefects.NotFinite;
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) defects |= BarDefects.NonPositivePrice;
        // With high < low no price can be "inside" the range, so only the root cause is reported.
        if (high < low) defects |= BarDefects.HighBelowLow;
        else
        {
            if (open > high || open < low) defects |= BarDefects.OpenOutsideRange;
            if (close > high || close < low) defects |= BarDefects.CloseOutsideRange;
        }
        if (volume < 0) defects |= BarDefects.NegativeVolume;
        return defects;
    }

    public static bool CanRepair(BarDefects defects) => defects != BarDefects.None && (defects & ~Repairable) == BarDefects.None;

    /// <summary>New high and low covering all four prices.</summary>
    public static (double High, double Low) Clamp(double open, double high, double low, double close) =>
        (Math.Max(Math.Max(open, close), Math.Max(high, low)), Math.Min(Math.Min(open, close), Math.Min(high, low)));

    public static string Describe(BarDefects defects, double open, double high, double low, double close, double volume)
    {
        var reasons = new List<string>();
        if (defects.HasFlag(BarDefects.NotFinite)) reasons.Add("a value is not a finite number");
        if (defects.HasFlag(BarDefects.NonPositivePrice)) reasons.Add($"a price is zero or negative (open {open}, high {high}, low {low}, close {close})");
        if (defects.HasFlag(BarDefects.HighBelowLow)) reasons.Add($"high {high} < low {low}");
        if (defects.HasFlag(BarDefects.OpenOutsideRange)) reasons.Add($"open {open} outside [low {low}, high {high}]");
        if (defects.HasFlag(BarDefects.CloseOutsideRange)) reasons.Add($"close {close} outside [low {low}, high {high}]");
        if (defects.HasFlag(BarDefects.NegativeVolume)) reasons.Add($"negative volume {volume}");
        return string.Join("; ", reasons);
    }
}
