using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies;

public class SmaCrossStrategyTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Bar BarAt(int i, decimal close) =>
        new(TestData.Spx.Id, Start.AddDays(i), BarInterval.OneDay, close, close, close, close, 1_000_000m);

    [Fact]
    public void Goes_long_on_the_bar_the_fast_average_crosses_above_and_flat_on_the_bar_it_crosses_below()
    {
        // fast 2 / slow 4. Falling, then rising, then falling again.
        decimal[] closes = [10, 9, 8, 7, 6, 8, 10, 12, 11, 9, 7, 5];
        var context = new FakeStrategyContext(TestData.Spx, 10_000m);
        var strategy = new SmaCrossStrategy(TestData.Spx.Id, new SmaCrossParameters(2, 4, Quantity: 5));
        var signals = new List<(int Bar, OrderSide Side)>();
        for (var i = 0; i < closes.Length; i++)
        {
            var before = context.Submitted.Count;
            strategy.OnBar(context, BarAt(i, closes[i]));
            if (context.Submitted.Count > before) signals.Add((i, context.Submitted[^1].Side));
        }
        // Worked by hand, spread = SMA2 - SMA4 from bar 3: -1, -1, -0.25, +1.25 (bar 6: 9 vs 7.75), +2, +1.25,
        // -0.5 (bar 9: 10 vs 10.5), ... so long at bar 6 and flat at bar 9.
        Assert.Equal([(6, OrderSide.Buy), (9, OrderSide.Sell)], signals);
        Assert.All(context.Submitted, o => Assert.Equal(OrderType.Market, o.Type));
        Assert.Equal(0m, context.Position);
    }

    [Fact]
    public void Signals_match_an_independent_recomputation_of_both_averages()
    {
        var closes = Enumerable.Range(0, 400).Select(i => Math.Round(100m + (decimal)(20 * Math.Sin(i / 15.0) + 5 * Math.Cos(i / 3.0)), 2)).ToArray();
        const int fast = 5, slow = 20;
        var expected = new List<(int, OrderSide)>();
        decimal? previous = null;
        var longNow = false;
        for (var i = slow - 1; i < closes.Length; i++)
        {
            var spread = closes.Skip(i - fast + 1).Take(fast).Average() - closes.Skip(i - slow + 1).Take(slow).Average();
            if (previous is { } p)
            {
                if (p <= 0 && spread > 0 && !longNow) { expected.Add((i, OrderSide.Buy)); longNow = true; }
                else if (p >= 0 && spread < 0 && longNow) { expected.Add((i, OrderSide.Sell)); longNow = false; }
            }
            previous = spread;
        }

        var context = new FakeStrategyContext(TestData.Spx, 1_000_000m);
        var strategy = new SmaCrossStrategy(TestData.Spx.Id, new SmaCrossParameters(fast, slow, Quantity: 10));
        var actual = new List<(int, OrderSide)>();
        for (var i = 0; i < closes.Length; i++)
        {
            var before = context.Submitted.Count;
            strategy.OnBar(context, BarAt(i, closes[i]));
            if (context.Submitted.Count > before) actual.Add((i, context.Submitted[^1].Side));
        }
        Assert.True(expected.Count >= 4, "the series should cross several times");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Without_a_fixed_quantity_it_buys_whole_lots_with_the_configured_share_of_cash()
    {
        decimal[] closes = [10, 9, 8, 7, 6, 8, 10];
        var context = new FakeStrategyContext(TestData.Spx, 1_000m);
        var strategy = new SmaCrossStrategy(TestData.Spx.Id, new SmaCrossParameters(2, 4, CashFraction: 0.5m));
        for (var i = 0; i < closes.Length; i++) strategy.OnBar(context, BarAt(i, closes[i]));
        Assert.Equal(Math.Floor(1_000m * 0.5m / 10m), Assert.Single(context.Submitted).Quantity);
    }

    [Fact]
    public void Bars_of_other_instruments_are_ignored()
    {
        var context = new FakeStrategyContext(TestData.Spx, 1_000m);
        var strategy = new SmaCrossStrategy(new InstrumentId("SIM", "OTHER"), new SmaCrossParameters(2, 4, Quantity: 1));
        foreach (var (close, i) in new decimal[] { 10, 9, 8, 7, 6, 8, 10 }.Select((c, i) => (c, i))) strategy.OnBar(context, BarAt(i, close));
        Assert.Empty(context.Submitted);
        Assert.Null(strategy.FastValue);
    }

    [Theory]
    [InlineData(0, 5, "Fast")]
    [InlineData(5, 5, "Slow")]
    public void Invalid_parameters_are_refused_naming_the_parameter(int fastPeriod, int slowPeriod, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SmaCrossStrategy(TestData.Spx.Id, new SmaCrossParameters(fastPeriod, slowPeriod))).ParamName);
}
