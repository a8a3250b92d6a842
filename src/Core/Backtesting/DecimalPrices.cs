using Hive.Core.MarketData;

namespace Hive.Core.Backtesting;

/// <summary>
/// Double → decimal for bar prices, exact and fast. Prices in the lake have at most a few decimals; for those the
/// value is rebuilt from a scaled integer with a fixed scale of <see cref="Scale"/> decimals (a few integer operations,
/// against the general conversion's ~100 ns), and decimal sums of same-scale values need no rescaling, which speeds up
/// the strategy's arithmetic too. The result equals <c>(decimal)value</c> in value (decimal equality ignores trailing
/// zeros); anything with more decimals, or too large, takes the general conversion.
/// </summary>
internal static class DecimalPrices
{
    public const int Scale = 6;
    private const double Factor = 1_000_000.0;
    private const double Limit = 9e12;

    public static decimal From(double value)
    {
        if (value is > -Limit and < Limit)
        {
            var scaled = Math.Round(value * Factor);
            if (scaled / Factor == value)
            {
                var units = (long)scaled;
                var negative = units < 0;
                var magnitude = (ulong)(negative ? -units : units);
                return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, Scale);
            }
        }
        return (decimal)value;
    }

    public static Bar ToBar(BarSeries series, int index) => new(series.Instrument, DateTime.UnixEpoch.AddMilliseconds(series.Times[index]), series.Interval,
        From(series.Open[index]), From(series.High[index]), From(series.Low[index]), From(series.Close[index]), From(series.Volume[index]));
}
