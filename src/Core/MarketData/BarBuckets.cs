using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>Which bucket a UTC instant falls into for a time-based interval. Daily and longer buckets follow the
/// session date (so a forex bar at Sunday 23:00 UTC belongs to Monday's bar); intraday buckets of equities are
/// anchored at the 09:30 New York open so a 1h bar covers 09:30-10:30, as exchanges and data vendors do.</summary>
public static class BarBuckets
{
    public static DateTime Start(DateTime utc, BarInterval interval, AssetClass assetClass)
    {
        if (!interval.IsTimeBased) throw new ArgumentException($"interval {interval} is not time-based", nameof(interval));
        var calendar = SessionCalendar.For(assetClass);
        switch (interval.Unit)
        {
            case BarUnit.Day:
            {
                var date = calendar.SessionDate(utc);
                if (interval.Count > 1) date = DateOnly.FromDayNumber(date.DayNumber - date.DayNumber % (int)interval.Count);
                return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
            case BarUnit.Week:
            {
                var date = calendar.SessionDate(utc);
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
            case BarUnit.Month:
            {
                var date = calendar.SessionDate(utc);
                var monthIndex = date.Year * 12 + date.Month - 1;
                monthIndex -= monthIndex % (int)interval.Count;
                return new DateTime(monthIndex / 12, monthIndex % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
            }
            default:
            {
                var length = interval.ApproximateDuration.Ticks;
                var anchor = assetClass == AssetClass.Stock
                    ? TradingHours.SessionOpenUtc(assetClass, calendar.SessionDate(utc)).Ticks
                    : 0L;
                if (utc.Ticks < anchor) anchor = 0;
                var offset = utc.Ticks - anchor;
                return new DateTime(anchor + offset - offset % length, DateTimeKind.Utc);
            }
        }
    }
}
