using Hive.Core.MarketData;
using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;

namespace Hive.Core.Tests.Strategies.Catalog;

public class AdxTrendStrategyTests
{
    private const int Fast = 3, Slow = 8, Period = 5;

    /// <summary>The rule restated over batch ADX/+DI/−DI and SMAs recomputed from scratch per bar.</summary>
    private static int?[] Targets(List<Bar> bars, double threshold, bool allowShort)
    {
        var (high, low, close) = (CatalogBars.Highs(bars), CatalogBars.Lows(bars), CatalogBars.CloseValues(bars));
        var (adx, plus, minus) = (new double[bars.Count], new double[bars.Count], new double[bars.Count]);
        var first = Momentum.Adx(high, low, close, adx, Period);
        Momentum.PlusDi(high, low, close, plus, Period);
        Momentum.MinusDi(high, low, close, minus, Period);
        decimal Sma(int i, int n) => bars.Skip(i - n + 1).Take(n).Average(b => b.Close);
        var targets = new int?[bars.Count];
        var side = 0;
        for (var i = Math.Max(first, Slow); i < bars.Count; i++)
        {
            var (before, now) = (Math.Sign(Sma(i - 1, Fast) - Sma(i - 1, Slow)), Math.Sign(Sma(i, Fast) - Sma(i, Slow)));
            var trending = adx[i] > threshold;
            int? target = before <= 0 && now > 0 ? (trending && plus[i] > minus[i] ? 1 : side < 0 ? 0 : null)
                : before >= 0 && now < 0 ? (allowShort && trending && minus[i] > plus[i] ? -1 : side > 0 ? 0 : null)
                : null;
            if (target is { } t) { targets[i] = t; side = t; }
        }
        return targets;
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(20, true)]
    [InlineData(35, true)]
    public void Enters_only_the_crosses_the_batch_adx_and_di_confirm(int threshold, bool allowShort)
    {
        var bars = CatalogBars.Wave(300, period: 12.0);
        var expected = CatalogBars.Expected(Targets(bars, threshold, allowShort), 1m);
        Assert.True(expected.Count >= 2, $"the series should give confirmed crosses, got {expected.Count}");
        Assert.True(expected[0].Bar >= 2 * Period - 1, "nothing before ADX is ready");
        Assert.Equal(expected, CatalogBars.Run(new AdxTrendStrategy(TestData.Spx.Id, Fast, Slow, Period, threshold, new EntrySizing(1m), allowShort), bars));
    }

    [Fact]
    public void The_filter_removes_entries_a_plain_crossover_would_take()
    {
        var bars = CatalogBars.Wave(300, period: 12.0);
        var filtered = CatalogBars.Run(new AdxTrendStrategy(TestData.Spx.Id, Fast, Slow, Period, 35m, new EntrySizing(1m)), bars);
        var unfiltered = CatalogBars.Run(new AdxTrendStrategy(TestData.Spx.Id, Fast, Slow, Period, 0m, new EntrySizing(1m)), bars);
        Assert.True(filtered.Count < unfiltered.Count, $"{filtered.Count} orders with the filter vs {unfiltered.Count} without");
        Assert.Empty(CatalogBars.Run(new AdxTrendStrategy(TestData.Spx.Id, Fast, Slow, Period, 100m, new EntrySizing(1m)), bars));
    }
}
