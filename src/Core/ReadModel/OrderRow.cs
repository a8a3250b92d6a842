using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>
/// One order as the read side stores it. The state machine's part (status, quantities, prices, fees) is folded by
/// <see cref="OrderState.Apply"/> itself, so the read side can never disagree with the entity about where an order stands.
/// <see cref="ArrivalPrice"/> is the venue's last price when the order was placed (its submission's <c>MarketPrice</c>; null when
/// the venue had none), the benchmark of best-execution reports.
/// <see cref="SortKey"/> is the journal position of the order's submission: unique and increasing, it breaks ties between
/// orders submitted in the same tick. <see cref="Version"/> is the last folded sequence number of the order's journal.
/// </summary>
public sealed record OrderRow(
    ClientOrderId ClientOrderId, AccountId AccountId, InstrumentId InstrumentId, StrategyId? StrategyId,
    OrderSide Side, OrderType Type, TimeInForce TimeInForce,
    decimal Quantity, decimal? LimitPrice, decimal? StopPrice,
    OrderStatus Status, OrderStatus StatusBeforePending,
    decimal FilledQuantity, decimal AverageFillPrice, decimal Fees,
    VenueOrderId? VenueOrderId, string? RejectionCode, string? RejectionMessage,
    DateTime CreatedAt, DateTime UpdatedAt, long SortKey, long Version, decimal? ArrivalPrice = null)
{
    public decimal LeavesQuantity => Quantity - FilledQuantity;

    public static OrderRow Submitted(OrderSubmitted e, long sortKey, long sequenceNr)
    {
        var r = e.Request;
        var state = OrderState.Empty(e.ClientOrderId).Apply(e);
        return new OrderRow(e.ClientOrderId, r.AccountId, r.InstrumentId, r.StrategyId, r.Side, r.Type, r.TimeInForce,
            state.Quantity, state.LimitPrice, state.StopPrice, state.Status, state.StatusBeforePending,
            0m, 0m, 0m, null, null, null, e.OccurredAt, e.RecordedAt, sortKey, sequenceNr, e.MarketPrice);
    }

    /// <summary>The row after one more of the order's events; a second submission of the same id changes nothing.</summary>
    public OrderRow Apply(IOrderEvent e, long sequenceNr)
    {
        if (e is OrderSubmitted) return this with { Version = sequenceNr };
        var next = ToState().Apply(e);
        return this with
        {
            Quantity = next.Quantity, LimitPrice = next.LimitPrice, StopPrice = next.StopPrice,
            Status = next.Status, StatusBeforePending = next.StatusBeforePending,
            FilledQuantity = next.FilledQuantity, AverageFillPrice = next.AverageFillPrice, Fees = next.Fees,
            VenueOrderId = next.VenueOrderId, RejectionCode = next.RejectionCode,
            RejectionMessage = e switch
            {
                OrderRejected rejected => rejected.Reason, OrderDenied denied => denied.Reason,
                OrderCancelled { Code: not null } byVenue => byVenue.Reason, _ => RejectionMessage,
            },
            UpdatedAt = e.RecordedAt > UpdatedAt ? e.RecordedAt : UpdatedAt, Version = sequenceNr,
        };
    }

    /// <summary>The fill an <see cref="OrderFilled"/> of this order records, with the order's account, instrument and side.</summary>
    public FillRow FillOf(OrderFilled e, long sortKey) =>
        new(e.TradeId, ClientOrderId, AccountId, InstrumentId, Side, e.Quantity, e.Price, e.Fee, e.FeeCurrency, e.Liquidity, e.OccurredAt, sortKey);

    /// <summary>The order's state machine as the row holds it: every field <see cref="OrderState.Apply"/> reads (not the
    /// request or the applied trade ids, which folding does not consult).</summary>
    public OrderState ToState() => new()
    {
        ClientOrderId = ClientOrderId, Status = Status, StatusBeforePending = StatusBeforePending, VenueOrderId = VenueOrderId,
        Quantity = Quantity, LimitPrice = LimitPrice, StopPrice = StopPrice, FilledQuantity = FilledQuantity,
        AverageFillPrice = AverageFillPrice, Fees = Fees, RejectionCode = RejectionCode,
    };
}
