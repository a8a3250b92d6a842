using Hive.Core.Backtesting;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;

namespace Hive.Core.Tests.Backtesting;

public sealed class ObservedTickSizeTests
{
    [Theory]
    [InlineData(100.0, 101.0, 1.0)]
    [InlineData(100.5, 101.25, 0.01)]
    [InlineData(1455.219971, 1469.25, 0.000001)]
    [InlineData(1.14503, 1.1451, 0.00001)]
    public void The_tick_is_the_finest_increment_any_price_of_the_series_uses(double open, double close, double expected)
    {
        var feed = Feed(Aaa, (open, Math.Max(open, close), Math.Min(open, close), close, 1000));

        Assert.Equal((decimal)expected, ObservedTickSize.Of(feed.Bars));
    }

    [Fact]
    public void A_price_with_endless_decimals_gets_the_finest_tick_allowed()
    {
        var feed = Feed(Aaa, (1.0 / 3.0, 1.0, 0.1, 0.5, 1000));

        Assert.Equal(0.00000001m, ObservedTickSize.Of(feed.Bars));
    }

    [Fact]
    public void Every_price_of_the_series_is_on_its_observed_tick()
    {
        var feed = Feed(Aaa, (100.1234, 100.5, 99.87, 100.2, 1000), (100.2, 100.9, 100.1, 100.75, 1000));
        var tick = ObservedTickSize.Of(feed.Bars);

        Assert.All(new[] { 100.1234m, 100.5m, 99.87m, 100.2m, 100.9m, 100.1m, 100.75m }, p => Assert.Equal(0m, p % tick));
    }
}
