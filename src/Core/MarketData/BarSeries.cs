using Hive.Core.Ids;

namespace Hive.Core.MarketData;

/// <summary>
/// Bars of one instrument and interval as parallel arrays, the shape the backtester and the lake exchange.
/// Times are Unix epoch milliseconds (UTC): 8 bytes, sortable, and the exact form Parquet and DuckDB use for
/// timestamps, so reads are a straight copy. Prices and volume are <c>double</c>: half the size of decimal,
/// hardware arithmetic, and what the indicator library consumes; every price with up to 15 significant digits
/// converts back to the same decimal (<see cref="ToBar"/>). Arrays may be longer than <see cref="Count"/>.
/// </summary>
public sealed class BarSeries
{
    public BarSeries(InstrumentId instrument, BarInterval interval, long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume, int count)
    {
        if (count < 0 || count > times.Length || count > open.Length || count > high.Length || count > low.Length || count > close.Length || count > volume.Length)
            throw new ArgumentOutOfRangeException(nameof(count), count, "count exceeds the length of a column");
        Instrument = instrument;
        Interval = interval;
        Times = times;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
        Count = count;
    }

    public InstrumentId Instrument { get; }
    public BarInterval Interval { get; }
    public long[] Times { get; }
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }
    public int Count { get; }

    public static BarSeries Empty(InstrumentId instrument, BarInterval interval) => new(instrument, interval, [], [], [], [], [], [], 0);

    public static BarSeries Allocate(InstrumentId instrument, BarInterval interval, int capacity, int count) =>
        new(instrument, interval, new long[capacity], new double[capacity], new double[capacity], new double[capacity], new double[capacity], new double[capacity], count);

    public DateTime TimeAt(int index) => DateTime.UnixEpoch.AddMilliseconds(Times[index]);

    public Bar ToBar(int index) => new(Instrument, TimeAt(index), Interval,
        (decimal)Open[index], (decimal)High[index], (decimal)Low[index], (decimal)Close[index], (decimal)Volume[index]);

    public IEnumerable<Bar> ToBars()
    {
        for (var i = 0; i < Count; i++) yield return ToBar(i);
    }

    public static BarSeries FromBars(InstrumentId instrument, BarInterval interval, IReadOnlyList<Bar> bars)
    {
        var series = Allocate(instrument, interval, bars.Count, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            series.Times[i] = ToUnixMs(bar.OpenTime);
            series.Open[i] = (double)bar.Open;
            series.High[i] = (double)bar.High;
            series.Low[i] = (double)bar.Low;
            series.Close[i] = (double)bar.Close;
            series.Volume[i] = (double)bar.Volume;
        }
        return series;
    }

    /// <summary>Copy of rows [start, start+length).</summary>
    public BarSeries Slice(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Count) throw new ArgumentOutOfRangeException(nameof(start), $"slice [{start}, {start + length}) is outside 0..{Count}");
        return new BarSeries(Instrument, Interval, Times[start..(start + length)], Open[start..(start + length)], High[start..(start + length)],
            Low[start..(start + length)], Close[start..(start + length)], Volume[start..(start + length)], length);
    }

    /// <summary>Index of the first bar at or after <paramref name="unixMs"/> (bars are in time order).</summary>
    public int LowerBound(long unixMs)
    {
        var index = Array.BinarySearch(Times, 0, Count, unixMs);
        if (index < 0) return ~index;
        while (index > 0 && Times[index - 1] == unixMs) index--;
        return index;
    }

    public static long ToUnixMs(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
}
