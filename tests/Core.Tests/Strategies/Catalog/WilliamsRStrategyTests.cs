using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class WilliamsRStrategyTests
{
    // High = low = close; %R over 3 bars = −100 × (highest − close) / (highest − lowest).
    // Bar 2 (10,20,10): −100.  Bar 3 (20,10,10): −100.  Bar 4 (10,10,11): 0 -> climbs out of −80: buy.
    // Bars 5, 6: 0.  Bar 7 (12,20,18): −25 -> drops out of −20: sell.  Bar 8 (20,18,14): −100.
    private static readonly decimal[] Closes = [10, 20, 10, 10, 11, 12, 20, 18, 14];

    [Fact]
    public void Buys_when_r_climbs_out_of_oversold_and_sells_when_it_drops_out_of_overbought()
    {
        var orders = CatalogBars.Run(new WilliamsRStrategy(TestData.Spx.Id, 3, -80m, -20m, new EntrySizing(6m)), CatalogBars.Closes(Closes));
        Assert.Equal([(4, OrderSide.Buy, 6m), (7, OrderSide.Sell, 6m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_the_overbought_exit_reverses_to_short()
    {
        var orders = CatalogBars.Run(new WilliamsRStrategy(TestData.Spx.Id, 3, -80m, -20m, new EntrySizing(6m), allowShort: true), CatalogBars.Closes(Closes));
        Assert.Equal([(4, OrderSide.Buy, 6m), (7, OrderSide.Sell, 12m)], orders);
    }
}
