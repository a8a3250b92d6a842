using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class DonchianBreakoutStrategyTests
{
    // High = close + 1, low = close − 1. Entry channel 3 bars, exit channel 2 bars, both over the bars before.
    // Bar 1 (14) tops bar 0's high but the channels are not full yet.
    // Bar 5: previous 3 highs 7, 11, 12 -> 16 breaks out: buy.  Bar 7: previous 2 lows 15, 14 -> 14 is not below.
    // Bar 8: previous 2 lows 14, 13 -> 12 breaks the exit low: sell; it also breaks the entry low (previous 3 lows
    // 15, 14, 13), so with shorting allowed it reverses.  Bar 11: previous 3 highs 13, 5, 9 -> 14 breaks out: long again (reversing a short).
    private static readonly decimal[] Closes = [10, 14, 6, 10, 11, 16, 15, 14, 12, 4, 8, 14];

    [Fact]
    public void Buys_a_close_above_the_entry_channel_and_sells_a_close_below_the_exit_channel()
    {
        var orders = CatalogBars.Run(new DonchianBreakoutStrategy(TestData.Spx.Id, 3, 2, new EntrySizing(1m)), CatalogBars.Closes(Closes, 1m));
        Assert.Equal([(5, OrderSide.Buy, 1m), (8, OrderSide.Sell, 1m), (11, OrderSide.Buy, 1m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_a_close_below_the_entry_low_reverses_to_short_and_a_new_high_reverses_back()
    {
        var orders = CatalogBars.Run(new DonchianBreakoutStrategy(TestData.Spx.Id, 3, 2, new EntrySizing(1m), allowShort: true), CatalogBars.Closes(Closes, 1m));
        Assert.Equal([(5, OrderSide.Buy, 1m), (8, OrderSide.Sell, 2m), (11, OrderSide.Buy, 2m)], orders);
    }
}
