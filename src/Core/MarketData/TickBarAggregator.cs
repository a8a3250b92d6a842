using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>Builds bars from trade ticks: by clock time, or each time a volume or dollar (notional) threshold is
/// reached. Activity bars never split a trade: the bar that crosses the threshold takes the whole print, so the
/// sum of bar volumes always equals the sum of tick sizes. Ticks must arrive in time order.</summary>
public static class TickBarAggregator
{
    public static IReadOnlyList<Bar> ToTimeBars(IEnumerable<TradeTick> ticks, BarInterval interval, AssetClass assetClass)
    {
        if (!interval.IsTimeBased) throw new ArgumentException($"{interval} is not a time interval", nameof(interval));
        return Aggregate(ticks, interval, (_, first, tick) => BarBuckets.Start(tick.Time, interval, assetClass) != BarBuckets.Start(first.Time, interval, assetClass),
            first => BarBuckets.Start(first.Time, interval, assetClass), closeAfter: null);
    }

    public static IReadOnlyList<Bar> ToVolumeBars(IEnumerable<TradeTick> ticks, decimal volumePerBar) =>
        ToActivityBars(ticks, volumePerBar, BarUnit.Volume, tick => tick.Size);

    public static IReadOnlyList<Bar> ToDollarBars(IEnumerable<TradeTick> ticks, decimal notionalPerBar) =>
        ToActivityBars(ticks, notionalPerBar, BarUnit.Dollar, tick => tick.Notional);

    private static IReadOnlyList<Bar> ToActivityBars(IEnumerable<TradeTick> ticks, decimal threshold, BarUnit unit, Func<TradeTick, decimal> measure)
    {
        if (threshold <= 0) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "the bar threshold must be positive");
        var interval = new BarInterval(unit, (long)Math.Ceiling(threshold));
        var accumulated = 0m;
        return Aggregate(ticks, interval, startsNewBar: (isFirstOfBar, _, tick) =>
        {
            if (isFirstOfBar) accumulated = 0m;
            return false;
        }, bucketStart: first => first.Time, closeAfter: tick =>
        {
            accumulated += measure(tick);
            if (accumulated < threshold) return false;
            accumulated = 0m;
            return true;
        });
    }

    private static IReadOnlyList<Bar> Aggregate(
        IEnumerable<TradeTick> ticks,
        BarInterval interval,
        Func<bool, TradeTick, TradeTick, bool> startsNewBar,
        Func<TradeTick, DateTime> bucketStart,
        Func<TradeTick, bool>? closeAfter)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var bars = new List<Bar>();
        TradeTick? first = null;
        Bar? current = null;
        DateTime? previousTime = null;
        foreach (var tick in ticks)
        {
            if (previousTime is { } previous && tick.Time < previous)
                throw new ArgumentException($"ticks must be in time order; {tick.Time:O} follows {previous:O}", nameof(ticks));
            if (tick.Size < 0) throw new ArgumentException($"tick at {tick.Time:O} has negative size {tick.Size}", nameof(ticks));
            previousTime = tick.Time;
            if (current is not null && first is not null && startsNewBar(false, first, tick))
            {
                bars.Add(current);
                current = null;
            }
            if (current is null)
            {
                first = tick;
                startsNewBar(true, tick, tick);
                current = new Bar(tick.Instrument, bucketStart(tick), interval, tick.Price, tick.Price, tick.Price, tick.Price, tick.Size);
            }
            else
            {
                current = current with
                {
                    High = Math.Max(current.High, tick.Price),
                    Low = Math.Min(current.Low, tick.Price),
                    Close = tick.Price,
                    Volume = current.Volume + tick.Size,
                };
            }
            if (closeAfter is not null && closeAfter(tick))
            {
                bars.Add(current);
                current = null;
            }
        }
        if (current is not null) bars.Add(current);
        return bars;
    }

    /// <summary>Convenience for tests and generators: a tick from plain values.</summary>
    public static TradeTick Tick(InstrumentId instrument, DateTime time, decimal price, decimal size) => new(instrument, time, price, size);
}
