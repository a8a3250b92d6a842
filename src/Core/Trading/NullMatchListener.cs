namespace Hive.Core.Trading;

/// <summary>Ignores everything; for benchmarks and for callers that only read the book.</summary>
public sealed class NullMatchListener : IMatchListener
{
    public static readonly NullMatchListener Instance = new();

    public void OnTrade(long tradeId, long takerOrderId, long takerOwnerId, long makerOrderId, long makerOwnerId,
        OrderSide takerSide, long priceTicks, long quantityLots, long makerRemainingLots, long takerRemainingLots) { }

    public void OnRested(long orderId, long priceTicks, long remainingLots) { }

    public void OnCancelled(long orderId, long remainingLots, BookCancelReason reason) { }

    public void OnRejected(long orderId, BookRejectReason reason) { }
}
