using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;

namespace Hive.Core.Tests.Strategies.Catalog;

public class MacdSignalCrossStrategyTests
{
    [Fact]
    public void Trades_exactly_where_the_batch_macd_crosses_its_signal_line()
    {
        var bars = CatalogBars.Wave(250);
        var closes = CatalogBars.CloseValues(bars);
        var (macd, signal, hist) = (new double[closes.Length], new double[closes.Length], new double[closes.Length]);
        var first = Momentum.Macd(closes, macd, signal, hist, 6, 13, 5);
        var targets = new int?[closes.Length];
        for (var i = first + 1; i < closes.Length; i++)
        {
            var (before, now) = (Math.Sign(macd[i - 1] - signal[i - 1]), Math.Sign(macd[i] - signal[i]));
            targets[i] = before <= 0 && now > 0 ? 1 : before >= 0 && now < 0 ? -1 : null;
        }
        var expected = CatalogBars.Expected(targets, 2m);
        Assert.True(expected.Count >= 6, $"the series should cross several times, got {expected.Count}");
        Assert.Equal(expected, CatalogBars.Run(new MacdSignalCrossStrategy(TestData.Spx.Id, 6, 13, 5, new EntrySizing(2m), allowShort: true), bars));

        // Long-only: every bearish cross that finds a long just closes it.
        var longOnly = CatalogBars.Expected(targets.Select(t => t < 0 ? 0 : t).ToArray(), 2m);
        Assert.Equal(longOnly, CatalogBars.Run(new MacdSignalCrossStrategy(TestData.Spx.Id, 6, 13, 5, new EntrySizing(2m)), bars));
    }

    [Fact]
    public void Nothing_trades_until_the_signal_line_exists_and_has_a_previous_value()
    {
        // Lookback for 6/13/5 is 12 + 4 = 16: the first possible cross is on bar 17.
        var bars = CatalogBars.Wave(250);
        var orders = CatalogBars.Run(new MacdSignalCrossStrategy(TestData.Spx.Id, 6, 13, 5, new EntrySizing(1m)), bars);
        Assert.True(orders[0].Bar >= 17);
        Assert.Empty(CatalogBars.Run(new MacdSignalCrossStrategy(TestData.Spx.Id, 6, 13, 5, new EntrySizing(1m)), bars.Take(17).ToList()));
    }
}
