using Hive.Core.MarketData;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class OpeningRangeBreakoutStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;
    private static readonly BarInterval HalfHour = new(BarUnit.Minute, 30);

    /// <summary>Tuesday 9 January 2024, 09:30 New York (EST) = 14:30 UTC; the session has thirteen 30-minute bars.</summary>
    private static readonly DateTime SessionOpen = new(2024, 1, 9, 14, 30, 0, DateTimeKind.Utc);

    private static Bar Bar(int index, decimal open, decimal high, decimal low, decimal close) =>
        new(Spx.Id, SessionOpen.AddMinutes(30 * index), HalfHour, open, high, low, close, 10_000m);

    private static Bar Flat(int index, decimal price) => Bar(index, price, price, price, price);

    // The first hour (two bars) makes the range 98.50-102. Bar 2 stays inside; bar 3 closes above it.
    private static IEnumerable<Bar> Opening() =>
        [Bar(0, 100m, 101m, 99m, 100m), Bar(1, 100m, 102m, 98.5m, 101m), Flat(2, 101.5m), Flat(3, 103m), Flat(4, 103.5m)];

    private static PortfolioHarness Run(IEnumerable<Bar> bars) =>
        new PortfolioHarness(new OpeningRangeBreakoutStrategy(Spx.Id, rangeMinutes: 60, quantity: 10m), [Spx]).Run(bars);

    [Fact]
    public void Buys_the_breakout_protects_it_at_the_range_low_and_closes_it_before_the_session_ends()
    {
        var run = Run(Opening().Concat(Enumerable.Range(5, 8).Select(i => Flat(i, 104m))));
        // Entry fills at bar 4's open; the stop goes on bar 4; bar 11 closes 30 minutes before 16:00: cancel the stop, sell.
        Assert.Equal([
            new Placed(3, "SPX", OrderSide.Buy, 10m),
            new Placed(4, "SPX", OrderSide.Sell, 10m, 98.5m, OrderType.Stop),
            new Placed(11, "SPX", OrderSide.Sell, 10m),
        ], run.Placed);
        Assert.Equal([new Filled(4, "SPX", OrderSide.Buy, 10m, 103.5m), new Filled(12, "SPX", OrderSide.Sell, 10m, 104m)], run.Fills);
        Assert.Equal(OrderStatus.Cancelled, run.Host.Orders.ElementAt(1).Status);
    }

    [Fact]
    public void A_stopped_out_trade_is_not_taken_again_the_same_session()
    {
        var bars = Opening().Append(Bar(5, 100m, 100m, 97m, 98m)).Concat(Enumerable.Range(6, 7).Select(i => Flat(i, 105m)));
        var run = Run(bars);
        Assert.Equal([new Placed(3, "SPX", OrderSide.Buy, 10m), new Placed(4, "SPX", OrderSide.Sell, 10m, 98.5m, OrderType.Stop)], run.Placed);
        Assert.Equal(new Filled(5, "SPX", OrderSide.Sell, 10m, 98.5m), run.Fills[^1]);
    }

    [Fact]
    public void A_session_whose_opening_bars_are_missing_is_not_traded() =>
        Assert.Empty(Run(Opening().Skip(2).Concat(Enumerable.Range(5, 8).Select(i => Flat(i, 110m)))).Placed);
}
