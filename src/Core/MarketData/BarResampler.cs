using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>Rolls bars up into a longer interval (1m → 5m → 1h → 1d → 1w → 1mo): open of the first, max high,
/// min low, close of the last, summed volume. Bucketing is session-aware (<see cref="BarBuckets"/>).</summary>
public static class BarResampler
{
    public static IReadOnlyList<Bar> Resample(IEnumerable<Bar> bars, BarInterval target, AssetClass assetClass)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (!target.IsTimeBased) throw new ArgumentException($"cannot resample into {target}: only time intervals", nameof(target));
        var result = new List<Bar>();
        Bar? current = null;
        DateTime? previousTime = null;
        foreach (var bar in bars)
        {
            if (bar.Interval.IsTimeBased && bar.Interval.ApproximateDuration > target.ApproximateDuration)
                throw new ArgumentException($"cannot resample {bar.Interval} bars into shorter {target} bars", nameof(target));
            if (previousTime is { } previous && bar.OpenTime <= previous)
                throw new ArgumentException($"bars must be in strictly increasing time order; {bar.OpenTime:O} follows {previous:O}", nameof(bars));
            previousTime = bar.OpenTime;
            var bucket = BarBuckets.Start(bar.OpenTime, target, assetClass);
            if (current is not null && current.OpenTime == bucket && current.Instrument == bar.Instrument)
            {
                current = current with
                {
                    High = Math.Max(current.High, bar.High),
                    Low = Math.Min(current.Low, bar.Low),
                    Close = bar.Close,
                    Volume = current.Volume + bar.Volume,
                };
                continue;
            }
            if (current is not null) result.Add(current);
            current = bar with { OpenTime = bucket, Interval = target };
        }
        if (current is not null) result.Add(current);
        return result;
    }
}
