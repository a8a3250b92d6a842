using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>Which days have bars, as the schedules assume it: every day for crypto, weekdays otherwise (exchange
/// holidays are not known; a slice planned on one is sent with the next).</summary>
internal static class TradingDays
{
    public static bool Trades(Instrument instrument, DateTime day) =>
        instrument.AssetClass == AssetClass.Crypto || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>When the bar after one closing at <paramref name="close"/> opens: at once for intraday bars, after the
    /// weekend for daily bars of markets shut at weekends.</summary>
    public static DateTime NextBarOpen(Instrument instrument, DateTime close, TimeSpan interval)
    {
        if (interval < TimeSpan.FromDays(1)) return close;
        while (!Trades(instrument, close)) close = close.AddDays(1);
        return close;
    }
}
