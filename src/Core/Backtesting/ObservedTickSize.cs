using Hive.Core.MarketData;

namespace Hive.Core.Backtesting;

/// <summary>
/// The finest price increment a series' prices use: 0.01 for prices with at most two decimals, 0.00001 for five, and so
/// on. A backtest on data that declares no tick size trades on this one, so every price of the data is on the tick and
/// fills happen at the data's own prices (as backtrader's broker fills them) instead of being rounded to a tick the data
/// never had.
/// </summary>
public static class ObservedTickSize
{
    /// <summary>Beyond this many decimals prices are taken as rounded to it (doubles carry ~15 significant digits).</summary>
    public const int MaxDecimals = 8;

    public static decimal Of(BarSeries series)
    {
        var decimals = 0;
        for (var i = 0; i < series.Count && decimals < MaxDecimals; i++)
        {
            decimals = Finest(series.Open[i], decimals);
            decimals = Finest(series.High[i], decimals);
            decimals = Finest(series.Low[i], decimals);
            decimals = Finest(series.Close[i], decimals);
        }
        return decimals == 0 ? 1m : new decimal(1, 0, 0, false, (byte)decimals);
    }

    // The smallest d >= known such that the price is a whole number of 10^-d: the double nearest to round(p * 10^d) / 10^d
    // is the price itself exactly when the price was written with d decimals (the same test DecimalPrices uses).
    private static int Finest(double price, int known)
    {
        var d = known;
        while (d < MaxDecimals)
        {
            var factor = Math.Pow(10, d);
            if (Math.Round(price * factor) / factor == price) break;
            d++;
        }
        return d;
    }
}
