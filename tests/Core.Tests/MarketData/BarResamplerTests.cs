using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Tests.MarketData;

public sealed class BarResamplerTests
{
    private static readonly InstrumentId Spx = new("SIM", "SPX");

    private static List<Bar> Minutes(DateTime start, int count, AssetClass assetClass = AssetClass.Stock)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < count; i++)
        {
            var price = 100m + i % 7 - i % 3;
            bars.Add(new Bar(Spx, start.AddMinutes(i), BarInterval.OneMinute, price, price + 1, price - 1, price + 0.5m, 10 + i));
        }
        return bars;
    }

    [Fact]
    public void Five_minute_bars_take_first_open_max_high_min_low_last_close_and_summed_volume()
    {
        // 2024-01-02 14:30 UTC is the 09:30 New York open.
        var minutes = Minutes(new DateTime(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc), 10);
        var fives = BarResampler.Resample(minutes, BarInterval.FiveMinutes, AssetClass.Stock);
        Assert.Equal(2, fives.Count);
        var first = fives[0];
        Assert.Equal(new DateTime(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc), first.OpenTime);
        Assert.Equal(minutes[0].Open, first.Open);
        Assert.Equal(minutes.Take(5).Max(b => b.High), first.High);
        Assert.Equal(minutes.Take(5).Min(b => b.Low), first.Low);
        Assert.Equal(minutes[4].Close, first.Close);
        Assert.Equal(minutes.Take(5).Sum(b => b.Volume), first.Volume);
        Assert.Equal(BarInterval.FiveMinutes, first.Interval);
    }

    [Fact]
    public void Stock_hourly_bars_are_anchored_at_the_half_past_nine_open()
    {
        var minutes = Minutes(new DateTime(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc), 390);
        var hours = BarResampler.Resample(BarResampler.Resample(minutes, BarInterval.FiveMinutes, AssetClass.Stock), BarInterval.OneHour, AssetClass.Stock);
        Assert.Equal(7, hours.Count); // 09:30, 10:30 ... 15:30 (the last one half an hour long)
        Assert.Equal(new DateTime(2024, 1, 2, 15, 30, 0, DateTimeKind.Utc), hours[1].OpenTime);
        var day = Assert.Single(BarResampler.Resample(hours, BarInterval.OneDay, AssetClass.Stock));
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), day.OpenTime);
        Assert.Equal(minutes.Sum(b => b.Volume), day.Volume);
        Assert.Equal(minutes[^1].Close, day.Close);
    }

    [Fact]
    public void Crypto_daily_bars_follow_the_utc_date_and_forex_the_22_utc_rollover()
    {
        var lateEvening = new DateTime(2024, 1, 2, 23, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), BarBuckets.Start(lateEvening, BarInterval.OneDay, AssetClass.Crypto));
        Assert.Equal(new DateTime(2024, 1, 3, 0, 0, 0, DateTimeKind.Utc), BarBuckets.Start(lateEvening, BarInterval.OneDay, AssetClass.Forex));
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), BarBuckets.Start(new DateTime(2024, 1, 7, 12, 0, 0, DateTimeKind.Utc), BarInterval.OneWeek, AssetClass.Crypto));
        Assert.Equal(new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), BarBuckets.Start(new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc), BarInterval.OneMonth, AssetClass.Crypto));
    }

    [Fact]
    public void Resampling_into_a_shorter_interval_is_refused()
    {
        var hours = new[] { new Bar(Spx, new DateTime(2024, 1, 2, 15, 0, 0, DateTimeKind.Utc), BarInterval.OneHour, 1, 1, 1, 1, 1) };
        Assert.Throws<ArgumentException>(() => BarResampler.Resample(hours, BarInterval.FiveMinutes, AssetClass.Crypto));
    }

    [Property(MaxTest = 100)]
    public Property Resampling_conserves_volume_and_price_extremes(PositiveInt count, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var n = 1 + count.Get % 500;
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var bars = new List<Bar>();
        var time = start;
        for (var i = 0; i < n; i++)
        {
            time = time.AddMinutes(1 + random.Next(3));
            var low = 50m + random.Next(100);
            var high = low + random.Next(10);
            bars.Add(new Bar(Spx, time, BarInterval.OneMinute, low, high, low, high, random.Next(1000)));
        }
        var hours = BarResampler.Resample(bars, BarInterval.OneHour, AssetClass.Crypto);
        return (hours.Sum(b => b.Volume) == bars.Sum(b => b.Volume)
                && hours.Max(b => b.High) == bars.Max(b => b.High)
                && hours.Min(b => b.Low) == bars.Min(b => b.Low)
                && hours.Zip(hours.Skip(1)).All(p => p.First.OpenTime < p.Second.OpenTime))
            .ToProperty();
    }
}
