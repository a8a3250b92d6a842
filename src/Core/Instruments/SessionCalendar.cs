namespace Hive.Core.Instruments;

/// <summary>
/// When a market trades, in UTC. Equities: US exchange hours 09:30-16:00 America/New_York, Monday to
/// Friday (exchange holidays are not modelled; bars that exist on a holiday are simply absent).
/// Crypto: always open. Forex: from Sunday 22:00 UTC to Friday 22:00 UTC.
/// </summary>
public sealed record SessionCalendar(AssetClass AssetClass)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeSpan EquityOpen = new(9, 30, 0);
    private static readonly TimeSpan EquityClose = new(16, 0, 0);
    private static readonly TimeSpan ForexRollover = new(22, 0, 0);

    public static SessionCalendar For(AssetClass assetClass) => new(assetClass);

    public bool IsOpen(DateTime utc)
    {
        utc = RequireUtc(utc);
        switch (AssetClass)
        {
            case AssetClass.Crypto:
                return true;
            case AssetClass.Forex:
                return utc.DayOfWeek switch
                {
                    DayOfWeek.Saturday => false,
                    DayOfWeek.Sunday => utc.TimeOfDay >= ForexRollover,
                    DayOfWeek.Friday => utc.TimeOfDay < ForexRollover,
                    _ => true,
                };
            default:
                var local = TimeZoneInfo.ConvertTimeFromUtc(utc, NewYork);
                return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                    && local.TimeOfDay >= EquityOpen && local.TimeOfDay < EquityClose;
        }
    }

    /// <summary>The trading date a UTC instant belongs to: the exchange-local date for equities, the UTC
    /// date for crypto, and for forex the date of the New York 17:00 close that ends the session.</summary>
    public DateOnly SessionDate(DateTime utc)
    {
        utc = RequireUtc(utc);
        return AssetClass switch
        {
            AssetClass.Crypto => DateOnly.FromDateTime(utc),
            AssetClass.Forex => DateOnly.FromDateTime(utc.TimeOfDay >= ForexRollover ? utc.Date.AddDays(1) : utc.Date),
            _ => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, NewYork)),
        };
    }

    private static DateTime RequireUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => throw new ArgumentException($"time {time:O} must be UTC", nameof(time)),
    };
}
