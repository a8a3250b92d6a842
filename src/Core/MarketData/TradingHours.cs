using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>Trading days and session opens per asset class, consistent with <see cref="SessionCalendar"/>
/// (US equities 09:30-16:00 New York on weekdays, forex Sunday 22:00 to Friday 22:00 UTC, crypto always).</summary>
public static class TradingHours
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeSpan EquityOpen = new(9, 30, 0);

    /// <summary>Whether a session date has a session at all (holidays are not modelled, as in SessionCalendar).
    /// A forex session date is the day whose 22:00 UTC rollover ends it: Monday to Friday.</summary>
    public static bool IsTradingDay(AssetClass assetClass, DateOnly sessionDate) => assetClass switch
    {
        AssetClass.Crypto => true,
        _ => sessionDate.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
    };

    /// <summary>UTC instant the session of <paramref name="sessionDate"/> opens.</summary>
    public static DateTime SessionOpenUtc(AssetClass assetClass, DateOnly sessionDate) => assetClass switch
    {
        AssetClass.Crypto => sessionDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        AssetClass.Forex => sessionDate.AddDays(-1).ToDateTime(new TimeOnly(22, 0), DateTimeKind.Utc),
        _ => TimeZoneInfo.ConvertTimeToUtc(sessionDate.ToDateTime(TimeOnly.FromTimeSpan(EquityOpen)), NewYork),
    };

    /// <summary>Number of trading days strictly between two session dates (used to report gaps in daily data).</summary>
    public static int TradingDaysBetween(AssetClass assetClass, DateOnly after, DateOnly before)
    {
        var count = 0;
        for (var day = after.AddDays(1); day < before; day = day.AddDays(1))
            if (IsTradingDay(assetClass, day)) count++;
        return count;
    }
}
