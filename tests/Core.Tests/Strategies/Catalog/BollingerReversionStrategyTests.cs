using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class BollingerReversionStrategyTests
{
    // Bands over 3 closes, 1 population deviation.
    // Bar 2 (10,5,10): mean 8.33, sd 2.36 -> 5.98..10.69, close 10 inside.  Bar 4 (10,10,10): all bands 10.
    // Bar 5 (10,10,7): mean 9, sd √2 -> lower 7.59 > 7: buy.  Bar 6 (10,7,10): middle 9 <= 10: sell.
    // Bar 7 (7,10,14): mean 10.33, sd 2.87 -> upper 13.2 < 14: short when allowed.  Bar 8 (10,14,9): middle 11 >= 9: cover.
    private static readonly decimal[] Closes = [10, 5, 10, 10, 10, 7, 10, 14, 9];

    [Fact]
    public void Buys_a_close_below_the_lower_band_and_sells_at_the_middle()
    {
        var orders = CatalogBars.Run(new BollingerReversionStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(2m)), CatalogBars.Closes(Closes));
        Assert.Equal([(5, OrderSide.Buy, 2m), (6, OrderSide.Sell, 2m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_a_close_above_the_upper_band_is_shorted_and_covered_at_the_middle()
    {
        var orders = CatalogBars.Run(new BollingerReversionStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(2m), allowShort: true), CatalogBars.Closes(Closes));
        Assert.Equal([(5, OrderSide.Buy, 2m), (6, OrderSide.Sell, 2m), (7, OrderSide.Sell, 2m), (8, OrderSide.Buy, 2m)], orders);
    }

    [Fact]
    public void Nothing_trades_before_the_bands_exist()
    {
        // Bar 1 drops 50% but only two closes have been seen.
        Assert.Empty(CatalogBars.Run(new BollingerReversionStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(2m)), CatalogBars.Closes([10, 5])));
    }
}
