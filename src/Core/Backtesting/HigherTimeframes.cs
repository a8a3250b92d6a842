using Hive.Core.MarketData;
using Hive.Core.Strategies;

namespace Hive.Core.Backtesting;

/// <summary>
/// Higher-timeframe bars of each feed, resampled up front with <see cref="BarResampler"/>, each tagged with the index
/// of the last base bar it contains: it is complete, and handed to the strategy, right after that base bar.
/// The strategy receives them through <see cref="IStrategy.OnBar"/> (told apart by <see cref="Bar.Interval"/>); they
/// never reach the venue, which fills against the base bars only.
/// </summary>
internal sealed class HigherTimeframes
{
    private readonly Bar[][][] _bars;
    private readonly int[][][] _lastBaseIndex;
    private readonly int[][] _next;

    private HigherTimeframes(Bar[][][] bars, int[][][] lastBaseIndex)
    {
        _bars = bars;
        _lastBaseIndex = lastBaseIndex;
        _next = bars.Select(perFeed => new int[perFeed.Length]).ToArray();
    }

    public static HigherTimeframes? For(IReadOnlyList<BacktestFeed> feeds, IReadOnlyList<BarInterval> intervals)
    {
        if (intervals.Count == 0) return null;
        var bars = new Bar[feeds.Count][][];
        var last = new int[feeds.Count][][];
        for (var f = 0; f < feeds.Count; f++)
        {
            var feed = feeds[f];
            var baseBars = feed.Bars.ToBars().ToList();
            bars[f] = new Bar[intervals.Count][];
            last[f] = new int[intervals.Count][];
            for (var k = 0; k < intervals.Count; k++)
            {
                var interval = intervals[k];
                if (feed.Bars.Interval.IsTimeBased && interval.ApproximateDuration <= feed.Bars.Interval.ApproximateDuration)
                    throw new ArgumentException($"extra interval {interval} must be longer than the data's {feed.Bars.Interval} ({feed.Instrument.Id})");
                var resampled = BarResampler.Resample(baseBars, interval, feed.Instrument.AssetClass);
                var lastIndex = new int[resampled.Count];
                var j = 0;
                for (var i = 0; i < baseBars.Count; i++)
                {
                    var bucket = BarBuckets.Start(baseBars[i].OpenTime, interval, feed.Instrument.AssetClass);
                    while (resampled[j].OpenTime != bucket) j++;
                    lastIndex[j] = i;
                }
                bars[f][k] = resampled.ToArray();
                last[f][k] = lastIndex;
            }
        }
        return new HigherTimeframes(bars, last);
    }

    /// <summary>Hands the strategy every higher-timeframe bar of feed <paramref name="feed"/> that base bar <paramref name="baseIndex"/> completes.</summary>
    public void Deliver(IStrategyContext context, IStrategy strategy, int feed, int baseIndex)
    {
        var perFeed = _bars[feed];
        for (var k = 0; k < perFeed.Length; k++)
        {
            ref var next = ref _next[feed][k];
            while (next < perFeed[k].Length && _lastBaseIndex[feed][k][next] == baseIndex)
                strategy.OnBar(context, perFeed[k][next++]);
        }
    }
}
