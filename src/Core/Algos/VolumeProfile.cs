using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>
/// How a day's volume is spread, learned from history: for intraday bars the average share of the day's volume traded
/// in each bucket (the bar's UTC time of day), over the last <c>lookback</c> days with volume before start; days
/// without a bucket count it as 0.
/// </summary>
public sealed record VolumeProfile(IReadOnlyDictionary<TimeSpan, decimal> Shares, int Days)
{
    public static VolumeProfile Learn(IReadOnlyList<Bar> history, int lookback)
    {
        var days = history.GroupBy(b => b.OpenTime.Date)
            .Select(d => (Date: d.Key, Bars: d.ToList(), Volume: d.Sum(b => b.Volume)))
            .Where(d => d.Volume > 0m)
            .OrderBy(d => d.Date)
            .TakeLast(lookback)
            .ToList();
        if (days.Count == 0) throw new ArgumentException("vwap needs bars with volume before start to learn a volume profile from");
        var sums = new SortedDictionary<TimeSpan, decimal>();
        foreach (var (_, bars, volume) in days)
            foreach (var bar in bars)
                sums[bar.OpenTime.TimeOfDay] = sums.GetValueOrDefault(bar.OpenTime.TimeOfDay) + bar.Volume / volume;
        var shares = sums.ToDictionary(s => s.Key, s => s.Value / days.Count);
        return new VolumeProfile(shares, days.Count);
    }
}
