using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

/// <summary>Hand-made daily bars for the catalog strategies' tests, and a runner that records which bar each order came on.</summary>
internal static class CatalogBars
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Bar Flat(int i, decimal close) => Ohlc(i, close, close, close, close);

    public static Bar Ohlc(int i, decimal open, decimal high, decimal low, decimal close) =>
        new(TestData.Spx.Id, Start.AddDays(i), BarInterval.OneDay, open, high, low, close, 1_000_000m);

    /// <summary>Bars whose close is the given one and whose high/low sit <paramref name="halfRange"/> around it.</summary>
    public static List<Bar> Closes(decimal[] closes, decimal halfRange = 0m) =>
        closes.Select((c, i) => Ohlc(i, c, c + halfRange, c - halfRange, c)).ToList();

    /// <summary>Feeds every bar (filling orders instantly at the bar's close) and returns (bar index, side, quantity) per order.</summary>
    public static List<(int Bar, OrderSide Side, decimal Quantity)> Run(IStrategy strategy, IReadOnlyList<Bar> bars, decimal cash = 100_000m)
    {
        var context = new FakeStrategyContext(TestData.Spx, cash);
        var orders = new List<(int, OrderSide, decimal)>();
        for (var i = 0; i < bars.Count; i++)
        {
            context.FillPrice = bars[i].Close;
            var before = context.Submitted.Count;
            strategy.OnBar(context, bars[i]);
            foreach (var order in context.Submitted.Skip(before))
            {
                Assert.Equal(OrderType.Market, order.Type);
                orders.Add((i, order.Side, order.Quantity));
            }
        }
        return orders;
    }

    /// <summary>The orders a long (or long/short) strategy must place given, per bar, the position side it targets
    /// (+1, 0, −1, or null for no signal) and a fixed quantity: an independent statement of the targeting rule.</summary>
    public static List<(int Bar, OrderSide Side, decimal Quantity)> Expected(IReadOnlyList<int?> targets, decimal quantity)
    {
        var orders = new List<(int, OrderSide, decimal)>();
        var position = 0m;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not { } side) continue;
            var wanted = side switch { > 0 => position > 0 ? position : quantity, < 0 => position < 0 ? position : -quantity, _ => 0m };
            var change = wanted - position;
            if (change == 0m) continue;
            orders.Add((i, change > 0 ? OrderSide.Buy : OrderSide.Sell, Math.Abs(change)));
            position = wanted;
        }
        return orders;
    }

    /// <summary>A wavy OHLC series (open = previous close, high/low outside both) with several trends and reversals,
    /// and a steady <paramref name="drift"/> per bar on top.</summary>
    public static List<Bar> Wave(int count, double period = 9.0, double drift = 0.0)
    {
        var bars = new List<Bar>();
        var close = 100m;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            close = Math.Round(100m + (decimal)(drift * i + 15 * Math.Sin(i / period) + 4 * Math.Sin(i / 2.3)), 2);
            var wick = 0.3m + (i % 4) * 0.2m;
            bars.Add(Ohlc(i, open, Math.Max(open, close) + wick, Math.Min(open, close) - wick, close));
        }
        return bars;
    }

    /// <summary><see cref="Wave"/> (period 9) riding a rise for the first half and a fall for the second: a market with
    /// real trends both ways, for strategies that wait for one.</summary>
    public static List<Bar> TrendingWave(int count)
    {
        var bars = new List<Bar>();
        var close = 100m;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            var trend = i < count / 2 ? 0.4 * i : 0.4 * (count - i);
            close = Math.Round(100m + (decimal)(trend + 8 * Math.Sin(i / 9.0) + 3 * Math.Sin(i / 2.3)), 2);
            var wick = 0.3m + (i % 4) * 0.2m;
            bars.Add(Ohlc(i, open, Math.Max(open, close) + wick, Math.Min(open, close) - wick, close));
        }
        return bars;
    }

    public static double[] Highs(IEnumerable<Bar> bars) => bars.Select(b => (double)b.High).ToArray();
    public static double[] Lows(IEnumerable<Bar> bars) => bars.Select(b => (double)b.Low).ToArray();
    public static double[] CloseValues(IEnumerable<Bar> bars) => bars.Select(b => (double)b.Close).ToArray();
}
