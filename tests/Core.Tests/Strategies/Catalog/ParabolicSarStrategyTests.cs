using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class ParabolicSarStrategyTests
{
    private static int?[] FlipTargets(IReadOnlyList<Hive.Core.MarketData.Bar> bars, double acceleration, double maximum)
    {
        var sar = new double[bars.Count];
        Overlap.Sar(CatalogBars.Highs(bars), CatalogBars.Lows(bars), sar, acceleration, maximum);
        var closes = CatalogBars.CloseValues(bars);
        var targets = new int?[bars.Count];
        for (var i = 1; i < bars.Count; i++)
        {
            if (double.IsNaN(sar[i - 1])) continue;
            var (before, now) = (Math.Sign(closes[i - 1] - sar[i - 1]), Math.Sign(closes[i] - sar[i]));
            targets[i] = before <= 0 && now > 0 ? 1 : before >= 0 && now < 0 ? -1 : null;
        }
        return targets;
    }

    [Fact]
    public void A_rally_buys_on_the_bar_the_sar_flips_below_price_and_the_drop_sells_on_the_bar_it_flips_above()
    {
        // A decline (TA-Lib starts the SAR short, above it), a rally from bar 5, a drop from bar 11; high = close + 1,
        // low = close − 1. Worked through TA-Lib's SAR recurrence (AF 0.02 step, 0.2 cap): 21, 20.92, 20.68, 20.22,
        // 19.48, 18.81, 18.18, then bar 8's high 20 reaches it and it flips below to 11 (close 19 above: buy);
        // 11.18, 11.61, 12.36 (bar 11's low 15 stays above), and bar 12's low 13 flips it to 24 (close 14 below: sell).
        var bars = CatalogBars.Closes([20, 18, 16, 14, 12, 13, 15, 17, 19, 21, 23, 16, 14], 1m);
        var expected = CatalogBars.Expected(FlipTargets(bars, 0.02, 0.2).Select(t => t < 0 ? 0 : t).ToArray(), 1m);
        var orders = CatalogBars.Run(new ParabolicSarStrategy(TestData.Spx.Id, sizing: new EntrySizing(1m)), bars);
        Assert.Equal(expected, orders);
        Assert.Equal([(8, OrderSide.Buy, 1m), (12, OrderSide.Sell, 1m)], orders);
    }

    [Fact]
    public void Trades_exactly_where_the_close_changes_side_of_the_batch_sar()
    {
        var bars = CatalogBars.Wave(250);
        var targets = FlipTargets(bars, 0.03, 0.25);
        var expected = CatalogBars.Expected(targets, 5m);
        Assert.True(expected.Count >= 6, $"the series should flip several times, got {expected.Count}");
        Assert.True(expected[0].Bar >= 2);
        Assert.Equal(expected, CatalogBars.Run(new ParabolicSarStrategy(TestData.Spx.Id, 0.03m, 0.25m, new EntrySizing(5m), allowShort: true), bars));
    }
}
