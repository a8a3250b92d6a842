using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class EmaCrossStrategyTests
{
    // fast 2 (k = 2/3, seeded with the mean of closes 0-1), slow 3 (k = 1/2, seeded with the mean of closes 0-2).
    // EMA2: 11, 9, 9.667, 9.889, 9.963, 11.988, 8.663.  EMA3 from bar 2: 10, 10, 10, 10, 11.5, 9.25.
    // fast − slow: −1 (bar 2, primes), −0.33, −0.11, −0.04, +0.49 (bar 6: cross up), −0.59 (bar 7: cross down).
    // The swings in bars 0-2 would look like crosses to a strategy that did not wait for both averages.
    private static readonly decimal[] Closes = [10, 12, 8, 10, 10, 10, 13, 7];

    [Fact]
    public void Buys_on_the_bar_the_fast_ema_crosses_above_and_sells_on_the_bar_it_crosses_below()
    {
        var orders = CatalogBars.Run(new EmaCrossStrategy(TestData.Spx.Id, 2, 3, new EntrySizing(5m)), CatalogBars.Closes(Closes));
        Assert.Equal([(6, OrderSide.Buy, 5m), (7, OrderSide.Sell, 5m)], orders);
    }

    [Fact]
    public void With_shorting_allowed_the_cross_below_reverses_in_one_order()
    {
        var orders = CatalogBars.Run(new EmaCrossStrategy(TestData.Spx.Id, 2, 3, new EntrySizing(5m), allowShort: true), CatalogBars.Closes(Closes));
        Assert.Equal([(6, OrderSide.Buy, 5m), (7, OrderSide.Sell, 10m)], orders);
    }

    [Fact]
    public void Signals_match_an_independent_ema_recomputation_on_a_longer_series()
    {
        var closes = Enumerable.Range(0, 300).Select(i => Math.Round(100m + (decimal)(10 * Math.Sin(i / 8.0) + 3 * Math.Cos(i / 2.5)), 2)).ToArray();
        static double?[] Ema(decimal[] xs, int period)
        {
            var result = new double?[xs.Length];
            var k = 2.0 / (period + 1);
            double value = 0;
            for (var i = 0; i < xs.Length; i++)
            {
                if (i < period - 1) continue;
                value = i == period - 1 ? xs.Take(period).Average(x => (double)x) : value + k * ((double)xs[i] - value);
                result[i] = value;
            }
            return result;
        }
        var fast = Ema(closes, 5);
        var slow = Ema(closes, 13);
        var targets = new int?[closes.Length];
        for (var i = 13; i < closes.Length; i++)
        {
            var before = Math.Sign(fast[i - 1]!.Value - slow[i - 1]!.Value);
            var now = Math.Sign(fast[i]!.Value - slow[i]!.Value);
            targets[i] = before <= 0 && now > 0 ? 1 : before >= 0 && now < 0 ? 0 : null;
        }
        var expected = CatalogBars.Expected(targets, 3m);
        Assert.True(expected.Count >= 6);
        Assert.Equal(expected, CatalogBars.Run(new EmaCrossStrategy(TestData.Spx.Id, 5, 13, new EntrySizing(3m)), CatalogBars.Closes(closes)));
    }
}
