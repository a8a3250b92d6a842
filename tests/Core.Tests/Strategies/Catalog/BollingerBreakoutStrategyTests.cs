using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class BollingerBreakoutStrategyTests
{
    // Bands over 3 closes, 1 population deviation.
    // Bars 2-3: upper 10.69 > close 10.  Bar 4 (10,10,10): upper 10, close 10 is not above it.
    // Bar 5 (10,10,13): mean 11, sd √2 -> upper 12.41 < 13: buy.  Bar 6 (10,13,12): middle 11.67 <= 12: hold.
    // Bar 7 (13,12,8): mean 11, sd 2.16 -> lower 8.84 > 8: below the middle (sell) and the lower band (short when allowed).
    private static readonly decimal[] Closes = [10, 5, 10, 10, 10, 13, 12, 8];

    [Fact]
    public void Buys_a_close_above_the_upper_band_and_sells_when_the_close_drops_below_the_middle()
    {
        var orders = CatalogBars.Run(new BollingerBreakoutStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(3m)), CatalogBars.Closes(Closes));
        Assert.Equal([(5, OrderSide.Buy, 3m), (7, OrderSide.Sell, 3m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_a_close_below_the_lower_band_reverses_to_short()
    {
        var orders = CatalogBars.Run(new BollingerBreakoutStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(3m), allowShort: true), CatalogBars.Closes(Closes));
        Assert.Equal([(5, OrderSide.Buy, 3m), (7, OrderSide.Sell, 6m)], orders);
    }

    [Fact]
    public void Sizing_by_cash_buys_the_fraction_of_cash_at_the_signal_close()
    {
        var orders = CatalogBars.Run(new BollingerBreakoutStrategy(TestData.Spx.Id, 3, 1m, new EntrySizing(CashFraction: 0.5m)), CatalogBars.Closes(Closes), cash: 1_000m);
        // 1000 × 0.5 / 13 = 38.46 -> 38; sold whole at bar 7.
        Assert.Equal([(5, OrderSide.Buy, 38m), (7, OrderSide.Sell, 38m)], orders);
    }
}
