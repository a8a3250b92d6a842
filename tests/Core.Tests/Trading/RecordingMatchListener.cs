using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

/// <summary>Keeps every engine callback, in order, for assertions.</summary>
internal sealed class RecordingMatchListener : IMatchListener
{
    public sealed record Trade(long TradeId, long TakerId, long MakerId, OrderSide TakerSide, long Price, long Quantity, long MakerRemaining, long TakerRemaining);

    public List<Trade> Trades { get; } = new();
    public List<(long Id, long Price, long Remaining)> Rested { get; } = new();
    public List<(long Id, long Remaining, BookCancelReason Reason)> Cancelled { get; } = new();
    public List<(long Id, BookRejectReason Reason)> Rejected { get; } = new();

    public void OnTrade(long tradeId, long takerOrderId, long takerOwnerId, long makerOrderId, long makerOwnerId,
        OrderSide takerSide, long priceTicks, long quantityLots, long makerRemainingLots, long takerRemainingLots) =>
        Trades.Add(new Trade(tradeId, takerOrderId, makerOrderId, takerSide, priceTicks, quantityLots, makerRemainingLots, takerRemainingLots));

    public void OnRested(long orderId, long priceTicks, long remainingLots) => Rested.Add((orderId, priceTicks, remainingLots));

    public void OnCancelled(long orderId, long remainingLots, BookCancelReason reason) => Cancelled.Add((orderId, remainingLots, reason));

    public void OnRejected(long orderId, BookRejectReason reason) => Rejected.Add((orderId, reason));
}
