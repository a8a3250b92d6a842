using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public sealed class SurveillanceWindowTests
{
    private static OrderRow Order(string id, int minute, long version, OrderStatus status = OrderStatus.Accepted) => new(
        new ClientOrderId(id), new AccountId("ACC"), Spx, null, OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, 10m, 100m, null,
        status, status, status == OrderStatus.Filled ? 10m : 0m, 0m, 0m, null, null, null, T0.AddMinutes(minute), T0.AddMinutes(minute), minute, version);

    private static FillRow Fill(string id, int minute) => new(
        new TradeId(id), new ClientOrderId("o-" + id), new AccountId("ACC"), Spx, OrderSide.Buy, 1m, 100m, 0m, "USD", LiquiditySide.Taker,
        T0.AddMinutes(minute), minute);

    [Fact]
    public void An_orders_newer_version_replaces_the_held_one_whichever_arrives_first()
    {
        var window = new SurveillanceWindow(10, 10);
        window.Apply([Order("a", 0, 3, OrderStatus.Filled)], []);
        window.Apply([Order("a", 0, 2)], []);
        Assert.Equal(OrderStatus.Filled, Assert.Single(window.Snapshot().Orders).Status);

        window.Apply([Order("b", 1, 1)], []);
        window.Apply([Order("b", 1, 2, OrderStatus.Filled)], []);
        Assert.Equal(OrderStatus.Filled, window.Snapshot().Orders.Single(o => o.OrderId.Value == "b").Status);
    }

    [Fact]
    public void A_fill_seen_twice_is_held_once()
    {
        var window = new SurveillanceWindow(10, 10);
        window.Apply([], [Fill("t1", 0), Fill("t2", 1)]);
        window.Apply([], [Fill("t1", 0)]);
        Assert.Equal(["t1", "t2"], window.Snapshot().Trades.Select(t => t.TradeId.Value).Order());
    }

    [Fact]
    public void Past_its_caps_the_window_keeps_the_newest_rows_as_the_read_tables_order_them()
    {
        var window = new SurveillanceWindow(4, 2);
        // Minutes given out of order; placement time first, then the sort key decides.
        window.Apply(Enumerable.Range(0, 10).Select(i => Order($"o{i}", (i * 7) % 10, 1)), Enumerable.Range(0, 10).Select(i => Fill($"t{i}", i)));

        Assert.True(window.Orders <= 5, $"{window.Orders} orders held");
        Assert.True(window.Fills <= 2, $"{window.Fills} fills held");
        var newest = window.Snapshot().Orders.Select(o => o.PlacedAt).OrderDescending().Take(4).ToList();
        Assert.Equal(Enumerable.Range(6, 4).Select(m => T0.AddMinutes(m)).OrderDescending(), newest);
        Assert.Equal(["t8", "t9"], window.Snapshot().Trades.Select(t => t.TradeId.Value).Order());
    }
}
