using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Tests.MarketData;

public sealed class TickBarAggregatorTests
{
    private static readonly InstrumentId Btc = new("SIMX", "BTC-USDT");
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<TradeTick> Ticks(params (int Seconds, decimal Price, decimal Size)[] ticks) =>
        ticks.Select(t => new TradeTick(Btc, Start.AddSeconds(t.Seconds), t.Price, t.Size)).ToList();

    [Fact]
    public void Time_bars_group_ticks_by_minute()
    {
        var bars = TickBarAggregator.ToTimeBars(Ticks((0, 10, 1), (30, 12, 2), (59, 9, 1), (61, 11, 5)), BarInterval.OneMinute, AssetClass.Crypto);
        Assert.Equal(2, bars.Count);
        Assert.Equal((10m, 12m, 9m, 9m, 4m), (bars[0].Open, bars[0].High, bars[0].Low, bars[0].Close, bars[0].Volume));
        Assert.Equal(Start.AddMinutes(1), bars[1].OpenTime);
    }

    [Fact]
    public void Volume_bars_close_when_the_threshold_is_reached_without_splitting_a_trade()
    {
        var bars = TickBarAggregator.ToVolumeBars(Ticks((0, 10, 3), (1, 11, 4), (2, 12, 5), (3, 13, 1), (4, 14, 9)), 10m);
        Assert.Equal(2, bars.Count);
        Assert.Equal(12m, bars[0].Volume);
        Assert.Equal(12m, bars[0].Close);
        Assert.Equal(10m, bars[1].Volume);
        Assert.Equal(new BarInterval(BarUnit.Volume, 10), bars[0].Interval);
    }

    [Fact]
    public void Dollar_bars_close_on_notional_and_leave_the_remainder_open()
    {
        var bars = TickBarAggregator.ToDollarBars(Ticks((0, 100, 1), (1, 100, 1), (2, 100, 1), (3, 50, 1)), 200m);
        Assert.Equal(2, bars.Count);
        Assert.Equal(2m, bars[0].Volume);
        Assert.Equal((100m, 50m, 2m), (bars[1].Open, bars[1].Close, bars[1].Volume));
    }

    [Fact]
    public void Ticks_out_of_time_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TickBarAggregator.ToVolumeBars(Ticks((5, 1, 1), (1, 1, 1)), 10m));
    }
}
