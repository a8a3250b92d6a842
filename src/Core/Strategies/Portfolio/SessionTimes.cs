using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// Session boundaries for the intraday strategies, from the instrument's <see cref="SessionCalendar"/>: a bar belongs
/// to the session date of its open time, and the session "is ending" at a bar when the session is closed (or has
/// rolled to the next date) <c>lead</c> after the bar's close. With a lead of one bar, a market order placed at the
/// close of the first ending bar fills at the open of the session's last bar, so the strategy is flat by the close.
/// </summary>
public static class SessionTimes
{
    public static DateOnly SessionOf(Instrument instrument, Bar bar) => instrument.Sessions.SessionDate(bar.OpenTime);

    public static DateTime OpenOf(Instrument instrument, DateOnly session) => TradingHours.SessionOpenUtc(instrument.Sessions.AssetClass, session);

    public static bool IsEnding(Instrument instrument, Bar bar, TimeSpan lead)
    {
        var sessions = instrument.Sessions;
        var later = bar.CloseTime + lead;
        return !sessions.IsOpen(later) || sessions.SessionDate(later) != sessions.SessionDate(bar.OpenTime);
    }

    /// <summary>The bar's length when it is an intraday bar; null for daily and activity bars, which say nothing about
    /// where in a session they fall (the intraday strategies ignore them).</summary>
    public static TimeSpan? IntradayLength(Bar bar) => bar.Interval.IsIntraday ? bar.Interval.ApproximateDuration : null;
}
