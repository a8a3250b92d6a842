using FsCheck.Xunit;
using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class OrderToTradeDetectorTests
{
    private static readonly OrderToTradeDetector Detector = new(OrderToTradeParameters.Default);

    private static List<SurveilledOrder> Orders(int count, int filled, string strategy = "mm-1") =>
        Enumerable.Range(0, count).Select(i => i < filled
            ? Order($"o{i:000}", "acc", OrderSide.Buy, 1m, 100m, T0.AddSeconds(i), OrderStatus.Filled, filled: 1m, strategy: strategy)
            : Order($"o{i:000}", "acc", OrderSide.Buy, 1m, 100m, T0.AddSeconds(i), OrderStatus.Cancelled, strategy: strategy)).ToList();

    private static IEnumerable<SurveilledTrade> FillsOf(IEnumerable<SurveilledOrder> orders) =>
        orders.Where(o => o.FilledQuantity > 0m).Select(o => Trade($"t-{o.OrderId}", "acc", o.Side, 1m, 100m, o.PlacedAt, order: o.OrderId.Value));

    [Fact]
    public void Two_hundred_orders_for_two_fills_flag_the_account_and_the_strategy_on_both_ratios()
    {
        var orders = Orders(200, 2);

        var alerts = Detector.Detect(Input(orders, FillsOf(orders))).ToList();

        Assert.Equal([
            "cancel-ratio:account:acc:20240306", "cancel-ratio:strategy:mm-1:20240306",
            "order-to-trade:account:acc:20240306", "order-to-trade:strategy:mm-1:20240306",
        ], alerts.Select(a => a.Id).Order(StringComparer.Ordinal));
        var ratio = alerts.First(a => a.Id == "order-to-trade:account:acc:20240306");
        Assert.Equal(100m, ratio.Statistic);
        Assert.Equal((200m, 2m, 198m), (ratio.Figures["orders"], ratio.Figures["fills"], ratio.Figures["cancelled"]));
        Assert.Equal(OrderToTradeParameters.Default.EvidenceLimit, ratio.Evidence.Count);
        Assert.Equal(0.99m, alerts.First(a => a.Id == "cancel-ratio:account:acc:20240306").Statistic);
    }

    [Fact]
    public void Fewer_orders_than_the_minimum_sample_are_not_judged()
    {
        var orders = Orders(OrderToTradeParameters.Default.MinOrders - 1, 0);

        Assert.Empty(Detector.Detect(Input(orders)));
    }

    [Fact]
    public void A_busy_account_whose_orders_mostly_trade_raises_nothing()
    {
        var orders = Orders(200, 150);

        Assert.Empty(Detector.Detect(Input(orders, FillsOf(orders))));
    }

    [Property(MaxTest = 100)]
    public bool Whenever_every_order_fills_neither_ratio_is_flagged(byte count)
    {
        var orders = Orders(count, count);
        return !Detector.Detect(Input(orders, FillsOf(orders))).Any();
    }
}
