using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Data.Lake;

/// <summary>Combines parts of one series into a single time-ordered series without duplicate timestamps. When two
/// parts hold the same timestamp the earlier part (older write) wins, matching the append rule.</summary>
public static class BarSeriesMerge
{
    public static BarSeries Merge(InstrumentId instrument, BarInterval interval, IReadOnlyList<BarSeries> parts, out int duplicatesDropped)
    {
        duplicatesDropped = 0;
        var total = 0;
        foreach (var part in parts) total += part.Count;
        var merged = BarSeries.Allocate(instrument, interval, total, total);
        var offset = 0;
        var sorted = true;
        long last = long.MinValue;
        foreach (var part in parts)
        {
            Array.Copy(part.Times, 0, merged.Times, offset, part.Count);
            Array.Copy(part.Open, 0, merged.Open, offset, part.Count);
            Array.Copy(part.High, 0, merged.High, offset, part.Count);
            Array.Copy(part.Low, 0, merged.Low, offset, part.Count);
            Array.Copy(part.Close, 0, merged.Close, offset, part.Count);
            Array.Copy(part.Volume, 0, merged.Volume, offset, part.Count);
            for (var i = offset; i < offset + part.Count; i++)
            {
                if (merged.Times[i] <= last) sorted = false;
                last = merged.Times[i];
            }
            offset += part.Count;
        }
        if (sorted) return merged;

        // Stable order by (time, position) so the first writer of a timestamp is kept.
        var order = new int[total];
        for (var i = 0; i < total; i++) order[i] = i;
        var keys = (long[])merged.Times.Clone();
        Array.Sort(keys, order);
        var result = BarSeries.Allocate(instrument, interval, total, total);
        var count = 0;
        var start = 0;
        while (start < total)
        {
            var end = start;
            var firstWriter = order[start];
            while (end < total && keys[end] == keys[start])
            {
                firstWriter = Math.Min(firstWriter, order[end]);
                end++;
            }
            duplicatesDropped += end - start - 1;
            result.Times[count] = merged.Times[firstWriter];
            result.Open[count] = merged.Open[firstWriter];
            result.High[count] = merged.High[firstWriter];
            result.Low[count] = merged.Low[firstWriter];
            result.Close[count] = merged.Close[firstWriter];
            result.Volume[count] = merged.Volume[firstWriter];
            count++;
            start = end;
        }
        return new BarSeries(instrument, interval, result.Times, result.Open, result.High, result.Low, result.Close, result.Volume, count);
    }
}
