using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;

namespace Hive.Core.Tests.ReadModel;

public sealed class StrategyPnlTests
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private static readonly InstrumentId Btc = InstrumentId.Parse("SIMX:BTC-USDT");
    private static readonly DateTime At = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private static OrderRow Order(string id, InstrumentId instrument, OrderSide side, decimal quantity, decimal filled, decimal price, decimal fees) =>
        new(new ClientOrderId(id), new AccountId("demo"), instrument, new StrategyId("demo-spx"), side, OrderType.Market, TimeInForce.Gtc,
            quantity, null, null, filled == quantity ? OrderStatus.Filled : OrderStatus.Cancelled, OrderStatus.New,
            filled, filled > 0 ? price : 0m, fees, null, null, null, At, At, 1, 1);

    [Fact]
    public void Pnl_is_what_was_sold_less_what_was_bought_plus_the_position_at_the_last_price_with_fees_beside_it()
    {
        var orders = new[]
        {
            Order("b1", Spx, OrderSide.Buy, 10m, 10m, 4_000m, 4m),
            Order("b2", Spx, OrderSide.Buy, 5m, 2m, 4_100m, 1m),
            Order("s1", Spx, OrderSide.Sell, 8m, 8m, 4_200m, 3.5m),
            Order("unfilled", Spx, OrderSide.Buy, 3m, 0m, 0m, 0m),
        };

        var spx = Assert.Single(StrategyPnl.Of(orders, new Dictionary<InstrumentId, decimal> { [Spx] = 4_150m }));

        Assert.Equal((12m, 8m, 4m), (spx.Bought, spx.Sold, spx.Position));
        Assert.Equal((48_200m, 33_600m), (spx.BuyNotional, spx.SellNotional));
        Assert.Equal(33_600m - 48_200m + 4m * 4_150m, spx.Pnl);
        Assert.Equal((8.5m, 3), (spx.Fees, spx.FilledOrders));
    }

    [Fact]
    public void Each_instrument_has_its_own_line_and_one_without_a_last_price_is_not_marked()
    {
        var orders = new[] { Order("b", Btc, OrderSide.Buy, 1m, 1m, 40_000m, 0m), Order("s", Spx, OrderSide.Sell, 2m, 2m, 4_000m, 0m) };

        var lines = StrategyPnl.Of(orders, new Dictionary<InstrumentId, decimal> { [Spx] = 3_900m });

        Assert.Equal([Spx, Btc], lines.Select(l => l.Instrument));
        Assert.Null(lines.Single(l => l.Instrument == Btc).Pnl);
        Assert.Equal(8_000m - 2m * 3_900m, lines.Single(l => l.Instrument == Spx).Pnl);
    }
}
