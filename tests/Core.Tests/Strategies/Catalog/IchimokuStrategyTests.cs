using Hive.Core.MarketData;
using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class IchimokuStrategyTests
{
    private const int Tenkan = 3, Kijun = 5, SenkouB = 8, Displacement = 4;

    /// <summary>The rule restated over TA-Lib's batch MIDPRICE, with the cloud shifted by hand.</summary>
    private static int?[] Targets(List<Bar> bars, bool allowShort)
    {
        var (high, low) = (CatalogBars.Highs(bars), CatalogBars.Lows(bars));
        var (tenkan, kijun, spanB) = (new double[bars.Count], new double[bars.Count], new double[bars.Count]);
        Overlap.Midprice(high, low, tenkan, Tenkan);
        Overlap.Midprice(high, low, kijun, Kijun);
        Overlap.Midprice(high, low, spanB, SenkouB);
        var targets = new int?[bars.Count];
        var side = 0;
        for (var i = SenkouB - 1 + Displacement; i < bars.Count; i++)
        {
            var cloudAt = i - Displacement;
            var (a, b) = ((tenkan[cloudAt] + kijun[cloudAt]) / 2, spanB[cloudAt]);
            var close = (double)bars[i].Close;
            var (before, now) = (Math.Sign(tenkan[i - 1] - kijun[i - 1]), Math.Sign(tenkan[i] - kijun[i]));
            int? target = before <= 0 && now > 0 ? (close > Math.Max(a, b) ? 1 : side < 0 ? 0 : null)
                : before >= 0 && now < 0 ? (allowShort && close < Math.Min(a, b) ? -1 : side > 0 ? 0 : null)
                : null;
            if (target is { } t) { targets[i] = t; side = t; }
        }
        return targets;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Trades_the_tenkan_kijun_crosses_on_the_right_side_of_the_batch_cloud(bool allowShort)
    {
        var bars = CatalogBars.Wave(300, period: 10.0);
        var expected = CatalogBars.Expected(Targets(bars, allowShort), 2m);
        Assert.True(expected.Count >= 4, $"the series should give several crosses outside the cloud, got {expected.Count}");
        Assert.Equal(expected,
            CatalogBars.Run(new IchimokuStrategy(TestData.Spx.Id, Tenkan, Kijun, SenkouB, Displacement, new EntrySizing(2m), allowShort), bars));
    }

    [Fact]
    public void Nothing_trades_before_the_cloud_reaches_the_current_bar()
    {
        // With high = low = close, a sharp rally makes tenkan (21) cross above kijun (16) at bar 7, before the cloud exists
        // (the first cloud is the spans of bar 7, shifted to bar 11); after that tenkan stays above: no cross to take.
        var closes = new decimal[] { 10, 10, 10, 10, 10, 20, 21, 22, 23, 24, 25, 26 };
        var orders = CatalogBars.Run(new IchimokuStrategy(TestData.Spx.Id, Tenkan, Kijun, SenkouB, Displacement, new EntrySizing(1m)), CatalogBars.Closes(closes));
        Assert.Empty(orders);
    }

    [Fact]
    public void A_cross_up_above_the_cloud_buys_on_that_bar()
    {
        // high = low = close. Flat at 10 for 13 bars, a dip to 8-9 (tenkan and kijun fall together to 9: no cross), then a rally.
        // Bar 15 (close 12): tenkan over 13-15 = (12 + 8)/2 = 10, kijun over 11-15 = (12 + 8)/2 = 10: equal, no cross.
        // Bar 16 (close 13): tenkan (13 + 9)/2 = 11 > kijun (13 + 8)/2 = 10.5: cross up. Cloud = spans of bar 12
        // (all windows at 10, so both spans 10): close 13 is above it: buy.
        var closes = new decimal[] { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 9, 12, 13 };
        var orders = CatalogBars.Run(new IchimokuStrategy(TestData.Spx.Id, Tenkan, Kijun, SenkouB, Displacement, new EntrySizing(1m)), CatalogBars.Closes(closes));
        Assert.Equal([(16, OrderSide.Buy, 1m)], orders);
    }
}
