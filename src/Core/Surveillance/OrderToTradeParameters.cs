namespace Hive.Core.Surveillance;

/// <summary>
/// Thresholds of the order-to-trade and cancel ratios, per account and per strategy and UTC day of placement. Defaults: judged
/// from <see cref="MinOrders"/> (50) orders a day; flagged above <see cref="MaxOrderToTrade"/> (20 orders per fill) or
/// <see cref="MaxCancelRatio"/> (0.9 of orders cancelled); an alert lists at most <see cref="EvidenceLimit"/> (20) orders.
/// </summary>
public sealed record OrderToTradeParameters(int MinOrders, decimal MaxOrderToTrade, decimal MaxCancelRatio, int EvidenceLimit)
{
    public static readonly OrderToTradeParameters Default = new(50, 20m, 0.9m, 20);
}
