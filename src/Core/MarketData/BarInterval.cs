using System.Globalization;

namespace Hive.Core.MarketData;

/// <summary>A bar's length: <c>1m 5m 15m 30m 1h 4h 1d 1w 1mo</c>, or a volume/dollar threshold (<c>500vol</c>,
/// <c>1000000usd</c>) for bars that close on activity rather than time. Months are calendar months, weeks start on
/// Monday (ISO), days are session dates (see <see cref="BarBuckets"/>).</summary>
public readonly record struct BarInterval(BarUnit Unit, long Count)
{
    public static readonly BarInterval OneMinute = new(BarUnit.Minute, 1);
    public static readonly BarInterval FiveMinutes = new(BarUnit.Minute, 5);
    public static readonly BarInterval FifteenMinutes = new(BarUnit.Minute, 15);
    public static readonly BarInterval OneHour = new(BarUnit.Hour, 1);
    public static readonly BarInterval FourHours = new(BarUnit.Hour, 4);
    public static readonly BarInterval OneDay = new(BarUnit.Day, 1);
    public static readonly BarInterval OneWeek = new(BarUnit.Week, 1);
    public static readonly BarInterval OneMonth = new(BarUnit.Month, 1);

    public bool IsTimeBased => Unit is not (BarUnit.Volume or BarUnit.Dollar);

    /// <summary>True for intervals shorter than a day, whose buckets are fixed lengths of clock time.</summary>
    public bool IsIntraday => Unit is BarUnit.Minute or BarUnit.Hour;

    /// <summary>The nominal length; months count as 30 days and weeks as 7 (used for ordering and gap checks only).</summary>
    public TimeSpan ApproximateDuration => Unit switch
    {
        BarUnit.Minute => TimeSpan.FromMinutes(Count),
        BarUnit.Hour => TimeSpan.FromHours(Count),
        BarUnit.Day => TimeSpan.FromDays(Count),
        BarUnit.Week => TimeSpan.FromDays(7 * Count),
        BarUnit.Month => TimeSpan.FromDays(30 * Count),
        _ => throw new InvalidOperationException($"interval {this} is not time-based"),
    };

    public override string ToString() => Unit switch
    {
        BarUnit.Minute => $"{Count}m",
        BarUnit.Hour => $"{Count}h",
        BarUnit.Day => $"{Count}d",
        BarUnit.Week => $"{Count}w",
        BarUnit.Month => $"{Count}mo",
        BarUnit.Volume => $"{Count}vol",
        _ => $"{Count}usd",
    };

    public static BarInterval Parse(string text) =>
        TryParse(text, out var interval, out var error) ? interval : throw new FormatException(error);

    public static bool TryParse(string? text, out BarInterval interval, out string error)
    {
        interval = default;
        var trimmed = (text ?? "").Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits])) digits++;
        var suffix = trimmed[digits..];
        if (digits == 0 || !long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            error = $"interval '{text}' must start with a positive number, e.g. 1m, 5m, 1h, 1d, 1w, 1mo";
            return false;
        }
        // "M" alone is ambiguous (minute or month), so months are spelled "mo" and units are matched case-sensitively.
        BarUnit? unit = suffix switch
        {
            "m" or "min" => BarUnit.Minute,
            "h" or "H" => BarUnit.Hour,
            "d" or "D" => BarUnit.Day,
            "w" or "W" => BarUnit.Week,
            "mo" or "M" => BarUnit.Month,
            "vol" => BarUnit.Volume,
            "usd" => BarUnit.Dollar,
            _ => null,
        };
        if (unit is null)
        {
            error = $"interval '{text}' has unknown unit '{suffix}'; use m, h, d, w, mo, vol or usd";
            return false;
        }
        interval = new BarInterval(unit.Value, count);
        error = "";
        return true;
    }
}
