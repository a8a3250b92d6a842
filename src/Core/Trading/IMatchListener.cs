namespace Hive.Core.Trading;

/// <summary>
/// Receives what the matching engine did, synchronously and in order. An interface rather than events
/// or returned lists so the hot path allocates nothing; the owner turns the calls into persisted facts.
/// </summary>
public interface IMatchListener
{
    void OnTrade(long tradeId, long takerOrderId, long takerOwnerId, long makerOrderId, long makerOwnerId,
        OrderSide takerSide, long priceTicks, long quantityLots, long makerRemainingLots, long takerRemainingLots);

    void OnRested(long orderId, long priceTicks, long remainingLots);

    void OnCancelled(long orderId, long remainingLots, BookCancelReason reason);

    void OnRejected(long orderId, BookRejectReason reason);
}
