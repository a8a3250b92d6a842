using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class RsiReversionStrategyTests
{
    // RSI(2), Wilder: changes +1, +1, −3, −1, +2, +2. Seed at bar 2: gain 1, loss 0 -> RSI 100.
    // Bar 3: gain (1+0)/2 = 0.5, loss (0+3)/2 = 1.5 -> 25.  Bar 4: 0.25 / 1.25 -> 16.7.
    // Bar 5: 1.125 / 0.625 -> 64.3.  Bar 6: 1.5625 / 0.3125 -> 83.3.
    private static readonly decimal[] Closes = [10, 11, 12, 9, 8, 10, 12];

    [Fact]
    public void Buys_the_first_oversold_bar_and_sells_once_rsi_is_back_above_the_exit_level()
    {
        var orders = CatalogBars.Run(new RsiReversionStrategy(TestData.Spx.Id, 2, 30m, 70m, 50m, new EntrySizing(4m)), CatalogBars.Closes(Closes));
        // Bar 4 is still oversold but already long; bar 6 is overbought but shorting is off.
        Assert.Equal([(3, OrderSide.Buy, 4m), (5, OrderSide.Sell, 4m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_overbought_goes_short_and_oversold_reverses()
    {
        var orders = CatalogBars.Run(new RsiReversionStrategy(TestData.Spx.Id, 2, 30m, 70m, 50m, new EntrySizing(4m), allowShort: true),
            CatalogBars.Closes(Closes));
        Assert.Equal([(2, OrderSide.Sell, 4m), (3, OrderSide.Buy, 8m), (5, OrderSide.Sell, 4m), (6, OrderSide.Sell, 4m)], orders);
    }

    [Fact]
    public void Nothing_trades_before_the_first_rsi_value()
    {
        // A collapse inside the warm-up would be deeply oversold if the strategy looked early.
        var orders = CatalogBars.Run(new RsiReversionStrategy(TestData.Spx.Id, 3, sizing: new EntrySizing(1m)), CatalogBars.Closes([50, 20, 10, 10]));
        Assert.Empty(CatalogBars.Run(new RsiReversionStrategy(TestData.Spx.Id, 3, sizing: new EntrySizing(1m)), CatalogBars.Closes([50, 20, 10])));
        Assert.Equal([(3, OrderSide.Buy, 1m)], orders);
    }
}
