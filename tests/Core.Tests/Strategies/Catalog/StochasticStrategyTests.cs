using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class StochasticStrategyTests
{
    [Fact]
    public void Trades_only_the_batch_k_d_crosses_that_happen_in_the_extreme_zones()
    {
        var bars = CatalogBars.Wave(300);
        var (k, d) = (new double[bars.Count], new double[bars.Count]);
        var first = Momentum.Stoch(CatalogBars.Highs(bars), CatalogBars.Lows(bars), CatalogBars.CloseValues(bars), k, d, 5, 3, MaType.Sma, 3, MaType.Sma);
        var targets = new int?[bars.Count];
        var ignored = 0;
        for (var i = first + 1; i < bars.Count; i++)
        {
            var (before, now) = (Math.Sign(k[i - 1] - d[i - 1]), Math.Sign(k[i] - d[i]));
            if (before <= 0 && now > 0) { if (d[i] < 30) targets[i] = 1; else ignored++; }
            else if (before >= 0 && now < 0) { if (d[i] > 70) targets[i] = -1; else ignored++; }
        }
        var expected = CatalogBars.Expected(targets, 1m);
        Assert.True(expected.Count >= 4, $"the series should give several zone crosses, got {expected.Count}");
        Assert.True(ignored > 0, "some crosses should fall in the middle of the range");
        Assert.Equal(expected, CatalogBars.Run(new StochasticStrategy(TestData.Spx.Id, 5, 3, 3, 30m, 70m, new EntrySizing(1m), allowShort: true), bars));
        Assert.Equal(CatalogBars.Expected(targets.Select(t => t < 0 ? 0 : t).ToArray(), 1m),
            CatalogBars.Run(new StochasticStrategy(TestData.Spx.Id, 5, 3, 3, 30m, 70m, new EntrySizing(1m)), bars));
    }

    [Fact]
    public void A_bounce_off_a_low_buys_on_the_bar_k_crosses_above_d()
    {
        // High = low = close, %K window 3, slowing 1 (%K = fast %K), %D = SMA 2.
        // Fast %K from bar 2: (10,8,6) 0, (8,6,5) 0, (6,5,7) 100 -> %D at bar 3 = 0, at bar 4 = 50.
        // Bar 3: %K 0 = %D 0 (no cross yet).  Bar 4: %K 100 > %D 50 — a cross up with %D below oversold 60: buy.
        var bars = CatalogBars.Closes([10, 8, 6, 5, 7]);
        Assert.Equal([(4, OrderSide.Buy, 3m)], CatalogBars.Run(new StochasticStrategy(TestData.Spx.Id, 3, 1, 2, 60m, 90m, new EntrySizing(3m)), bars));
        // The same cross with oversold at 40 is in the middle of the range and ignored.
        Assert.Empty(CatalogBars.Run(new StochasticStrategy(TestData.Spx.Id, 3, 1, 2, 40m, 90m, new EntrySizing(3m)), bars));
    }
}
