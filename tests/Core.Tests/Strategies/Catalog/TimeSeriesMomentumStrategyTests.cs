using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class TimeSeriesMomentumStrategyTests
{
    // 3-bar returns from bar 3: 11/10 up, 13/12 up, 9/8 up, 7/11 down, 12/13 down, 9/9 flat (not positive).
    private static readonly decimal[] Closes = [10, 12, 8, 11, 13, 9, 7, 12, 9];

    [Fact]
    public void Holds_while_the_lookback_return_is_positive_and_exits_when_it_is_not()
    {
        var orders = CatalogBars.Run(new TimeSeriesMomentumStrategy(TestData.Spx.Id, 3, new EntrySizing(10m)), CatalogBars.Closes(Closes));
        // Bar 1 is above bar 0 but no 3-bar return exists yet.
        Assert.Equal([(3, OrderSide.Buy, 10m), (6, OrderSide.Sell, 10m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_a_negative_return_reverses_to_short_and_stays_short()
    {
        var orders = CatalogBars.Run(new TimeSeriesMomentumStrategy(TestData.Spx.Id, 3, new EntrySizing(10m), allowShort: true), CatalogBars.Closes(Closes));
        Assert.Equal([(3, OrderSide.Buy, 10m), (6, OrderSide.Sell, 20m)], orders);
    }

    [Fact]
    public void A_flat_start_goes_short_at_once_when_allowed()
    {
        var orders = CatalogBars.Run(new TimeSeriesMomentumStrategy(TestData.Spx.Id, 2, new EntrySizing(1m), allowShort: true), CatalogBars.Closes([10, 10, 9]));
        Assert.Equal([(2, OrderSide.Sell, 1m)], orders);
    }
}
