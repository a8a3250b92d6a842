using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class InventoryMarketMakerStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    private static Bar Bar(int day, decimal open, decimal high, decimal low, decimal close) =>
        new(Spx.Id, PortfolioHarness.Day0.AddDays(day), BarInterval.OneDay, open, high, low, close, 1_000_000m);

    [Fact]
    public void Quotes_around_the_close_skew_lower_with_inventory_and_are_replaced_every_bar()
    {
        var strategy = new InventoryMarketMakerStrategy(Spx.Id, spreadBps: 20m, quantity: 1m, maxInventory: 2m, skew: 1m);
        var run = new PortfolioHarness(strategy, [Spx]).Run([
            Bar(0, 100m, 100m, 100m, 100m),
            Bar(1, 100m, 100m, 99.8m, 99.9m),
            Bar(2, 99.9m, 99.9m, 99.9m, 99.9m),
            Bar(3, 99.9m, 100.1m, 99.9m, 100m),
        ]);
        // Bar 0: h = 100 x 0.001 = 0.1, no inventory: bid 99.90; no ask (nothing to sell in a cash account).
        // Bar 1: the bid fills. h = 0.0999, r = 99.9 - 0.0999 x 1/2 = 99.85005: bid floor(99.75015) = 99.75, ask ceil(99.94995) = 99.95.
        // Bar 2: nothing trades; both are cancelled and posted again. Bar 3: the ask fills; flat again: bid 99.90.
        Assert.Equal([
            new Placed(0, "SPX", OrderSide.Buy, 1m, 99.90m, OrderType.Limit),
            new Placed(1, "SPX", OrderSide.Buy, 1m, 99.75m, OrderType.Limit), new Placed(1, "SPX", OrderSide.Sell, 1m, 99.95m, OrderType.Limit),
            new Placed(2, "SPX", OrderSide.Buy, 1m, 99.75m, OrderType.Limit), new Placed(2, "SPX", OrderSide.Sell, 1m, 99.95m, OrderType.Limit),
            new Placed(3, "SPX", OrderSide.Buy, 1m, 99.90m, OrderType.Limit),
        ], run.Placed);
        Assert.Equal([new Filled(1, "SPX", OrderSide.Buy, 1m, 99.9m), new Filled(3, "SPX", OrderSide.Sell, 1m, 99.95m)], run.Fills);
        Assert.All(run.Host.Fills, f => Assert.Equal(LiquiditySide.Maker, f.Liquidity));
        Assert.All(run.Host.Orders, o => Assert.True(o.Request!.PostOnly));
        // Bar 1's two quotes and bar 2's bid were replaced; bar 2's ask filled.
        var orders = run.Host.Orders.ToList();
        Assert.Equal([OrderStatus.Cancelled, OrderStatus.Cancelled, OrderStatus.Cancelled], new[] { orders[1], orders[2], orders[3] }.Select(o => o.Status));
    }

    [Fact]
    public void At_the_inventory_limit_only_the_ask_is_quoted()
    {
        var strategy = new InventoryMarketMakerStrategy(Spx.Id, spreadBps: 20m, quantity: 1m, maxInventory: 1m);
        new PortfolioHarness(strategy, [Spx]).Run([Bar(0, 100m, 100m, 100m, 100m), Bar(1, 100m, 100m, 99.8m, 99.9m)]);
        // Full inventory: r = 99.9 - 0.0999 = 99.8001, ask = ceil(99.9000) = 99.90.
        Assert.Equal((null, 99.90m), strategy.LastQuotes);
    }

    /// <summary>Passes everything to the strategy and keeps the order events it was told about.</summary>
    private sealed class Listening(IStrategy inner) : IStrategy
    {
        public List<IOrderEvent> Events { get; } = new();
        public void OnBar(IStrategyContext context, Bar bar) => inner.OnBar(context, bar);
        public void OnOrderEvent(IStrategyContext context, IOrderEvent orderEvent)
        {
            Events.Add(orderEvent);
            inner.OnOrderEvent(context, orderEvent);
        }
    }

    [Fact]
    public void A_quote_the_market_gaps_through_is_cancelled_rather_than_taking()
    {
        var listening = new Listening(new InventoryMarketMakerStrategy(Spx.Id));
        var run = new PortfolioHarness(listening, [Spx]).Run([Bar(0, 100m, 100m, 100m, 100m), Bar(1, 99m, 99m, 99m, 99m)]);
        Assert.Empty(run.Fills);
        var cancelled = Assert.Single(listening.Events.OfType<OrderCancelled>());
        Assert.Equal(TradingRejections.PostOnlyWouldTake, cancelled.Reason);
    }

    [Fact]
    public void A_negative_skew_is_refused_by_name()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create("market-maker",
            new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["skew"] = "-1" }));
        Assert.Contains("skew must not be negative", error.Message);
    }
}
