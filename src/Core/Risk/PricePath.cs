using Hive.Core.MarketData;

namespace Hive.Core.Risk;

/// <summary>
/// How a price moved over a stress window, as the close of each date relative to the close of the window's first date
/// (1.1 = 10% up since then). <see cref="Source"/> names the series it came from: the instrument's own, or the proxy of
/// its asset class.
/// </summary>
public sealed record PricePath(string Source, IReadOnlyList<DateOnly> Dates, IReadOnlyList<decimal> Relative)
{
    /// <summary>The path of the daily closes of <paramref name="series"/> in [<paramref name="from"/>, <paramref name="to"/>], by UTC date.</summary>
    public static PricePath? Of(BarSeries series, DateOnly from, DateOnly to) =>
        Of(series.Instrument.ToString(), Enumerable.Range(0, series.Count).Select(i => DateOnly.FromDateTime(series.TimeAt(i))).ToList(), series.Close, from, to);

    /// <summary>The path of the closes in [<paramref name="from"/>, <paramref name="to"/>]: each over the first of them. Null
    /// when fewer than two closes fall in the window (no move to replay) or the first is not positive.</summary>
    public static PricePath? Of(string source, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> closes, DateOnly from, DateOnly to)
    {
        var inside = Enumerable.Range(0, dates.Count).Where(i => dates[i] >= from && dates[i] <= to).ToList();
        if (inside.Count < 2 || !(closes[inside[0]] > 0)) return null;
        var first = (decimal)closes[inside[0]];
        return new PricePath(source, inside.Select(i => dates[i]).ToList(), inside.Select(i => (decimal)closes[i] / first).ToList());
    }
}
