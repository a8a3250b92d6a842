using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class SpoofingDetectorTests
{
    private static readonly SpoofingDetector Detector = new(SpoofingParameters.Default);

    private static SurveilledOrder SmallSellThatFilled(DateTime at) =>
        Order("real", "acc", OrderSide.Sell, 10m, 100m, at, OrderStatus.Filled, filled: 10m, ended: at.AddSeconds(5));

    [Fact]
    public void A_large_bid_cancelled_unfilled_while_a_small_sell_executes_is_spoofing()
    {
        var orders = new[]
        {
            Order("big-bid", "acc", OrderSide.Buy, 500m, 99m, T0, OrderStatus.Cancelled, ended: T0.AddSeconds(40)),
            SmallSellThatFilled(T0.AddSeconds(20)),
        };

        var alert = Assert.Single(Detector.Detect(Input(orders)));

        Assert.Equal("spoofing:big-bid", alert.Id);
        Assert.Equal("cancelled-to-executed-size", alert.StatisticName);
        Assert.Equal(50m, alert.Statistic);
        Assert.Equal(["big-bid", "real"], alert.Evidence.Select(e => e.Id));
        Assert.Equal(T0, alert.From);
        Assert.Equal(T0.AddSeconds(40), alert.To);
    }

    [Fact]
    public void Small_bids_at_three_levels_cancelled_before_a_sell_executes_are_layering()
    {
        var orders = new[]
        {
            Order("l1", "acc", OrderSide.Buy, 10m, 99.9m, T0, OrderStatus.Cancelled, ended: T0.AddSeconds(50)),
            Order("l2", "acc", OrderSide.Buy, 10m, 99.8m, T0.AddSeconds(1), OrderStatus.Cancelled, ended: T0.AddSeconds(50)),
            Order("l3", "acc", OrderSide.Buy, 10m, 99.7m, T0.AddSeconds(2), OrderStatus.Cancelled, ended: T0.AddSeconds(50)),
            SmallSellThatFilled(T0.AddSeconds(60)),
        };

        var alert = Assert.Single(Detector.Detect(Input(orders)));

        Assert.Equal(("layering:l1", "price-levels", 3m), (alert.Id, alert.StatisticName, alert.Statistic));
    }

    [Fact]
    public void Cancelled_orders_with_no_execution_on_the_other_side_raise_nothing()
    {
        var orders = new[]
        {
            Order("big-bid", "acc", OrderSide.Buy, 500m, 99m, T0, OrderStatus.Cancelled, ended: T0.AddSeconds(40)),
            Order("other-buy", "acc", OrderSide.Buy, 10m, 100m, T0.AddSeconds(10), OrderStatus.Filled, filled: 10m),
        };

        Assert.Empty(Detector.Detect(Input(orders)));
    }

    [Fact]
    public void A_large_order_that_rested_long_or_partly_traded_is_not_spoofing()
    {
        var orders = new[]
        {
            Order("rested", "acc", OrderSide.Buy, 500m, 99m, T0, OrderStatus.Cancelled, ended: T0.AddMinutes(30)),
            Order("traded", "acc", OrderSide.Buy, 500m, 99m, T0.AddSeconds(1), OrderStatus.Cancelled, filled: 1m, ended: T0.AddSeconds(30)),
            SmallSellThatFilled(T0.AddSeconds(20)),
        };

        Assert.Empty(Detector.Detect(Input(orders)));
    }

    [Fact]
    public void An_execution_long_after_the_cancel_is_not_linked_to_it()
    {
        var orders = new[]
        {
            Order("big-bid", "acc", OrderSide.Buy, 500m, 99m, T0, OrderStatus.Cancelled, ended: T0.AddSeconds(40)),
            SmallSellThatFilled(T0.AddMinutes(10)),
        };

        Assert.Empty(Detector.Detect(Input(orders)));
    }
}
