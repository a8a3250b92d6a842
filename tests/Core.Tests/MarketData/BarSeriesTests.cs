using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Tests.MarketData;

public sealed class BarSeriesTests
{
    [Fact]
    public void Bars_round_trip_through_columns_with_exact_decimal_prices()
    {
        var id = new InstrumentId("SIM", "SPX");
        var bars = new[]
        {
            new Bar(id, new DateTime(2000, 1, 3, 0, 0, 0, DateTimeKind.Utc), BarInterval.OneDay, 1469.25m, 1478m, 1438.359985m, 1455.219971m, 931800000m),
            new Bar(id, new DateTime(2000, 1, 4, 0, 0, 0, DateTimeKind.Utc), BarInterval.OneDay, 1455.219971m, 1455.219971m, 1397.430054m, 1399.420044m, 1009000000m),
        };
        var series = BarSeries.FromBars(id, BarInterval.OneDay, bars);
        Assert.Equal(bars, series.ToBars());
        Assert.Equal(1, series.LowerBound(BarSeries.ToUnixMs(new DateTime(2000, 1, 4, 0, 0, 0, DateTimeKind.Utc))));
        Assert.Equal(2, series.LowerBound(long.MaxValue));
    }

    [Fact]
    public void A_count_beyond_the_columns_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarSeries(new InstrumentId("A", "B"), BarInterval.OneDay, new long[1], new double[1], new double[1], new double[1], new double[1], new double[1], 2));
}
