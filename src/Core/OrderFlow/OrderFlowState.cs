using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One order as the order entity runs it: the order's own state machine (<see cref="Order"/>) plus where
/// the order stands in the flow of DESIGN.md — hold confirmed by the account, venue reports applied, fills
/// booked, hold released. Pure: <see cref="Decide"/> / <see cref="Apply"/>, and <see cref="Outbox"/> says which
/// messages are still owed to other entities, so the actor just sends them until each is confirmed (after a
/// crash the recovered state owes the same messages, and every receiver is idempotent).
/// </summary>
public sealed partial record OrderFlowState : IAggregate<OrderFlowState, IOrderFlowCommand, IOrderEvent>, IEntityState
{
    public required ClientOrderId ClientOrderId { get; init; }
    public long Version { get; init; }
    public required OrderState Order { get; init; }
    public decimal ReferencePrice { get; init; }
    public string? Currency { get; init; }
    public decimal ReserveFeeRate { get; init; }
    public bool Reserved { get; init; }
    public bool Released { get; init; }
    /// <summary>How many of the venue's numbered reports for this order have been applied.</summary>
    public int VenueReportsApplied { get; init; }
    public ImmutableList<Execution> Fills { get; init; } = ImmutableList<Execution>.Empty;
    public ImmutableHashSet<TradeId> BookedFills { get; init; } = ImmutableHashSet<TradeId>.Empty;
    public int CancelAttempts { get; init; }
    public int ReplaceAttempts { get; init; }

    public static OrderFlowState Empty(ClientOrderId id) => new() { ClientOrderId = id, Order = OrderState.Empty(id) };

    public bool Exists => Order.Status != OrderStatus.None;

    /// <summary>Finished and owing nothing: safe to stop in memory.</summary>
    public bool CanPassivate => !Exists || (Order.IsTerminal && Outbox().Count == 0);

    public Decision<IOrderEvent> Decide(IOrderFlowCommand command, DateTime utcNow)
    {
        if (command.OrderId != ClientOrderId)
            return Decision<IOrderEvent>.Reject(TradingRejections.UnknownOrder, $"command for order {command.OrderId} was sent to order {ClientOrderId}");
        if (command is PlaceOrder place) return DecidePlace(place, utcNow);
        if (!Exists)
            return Decision<IOrderEvent>.Reject(TradingRejections.UnknownOrder, $"order {ClientOrderId} does not exist");
        return command switch
        {
            RequestCancel c => DecideCancel(c, utcNow),
            RequestReplace c => c.Instrument is null
                ? UnknownInstrument()
                : BeyondHold(c) ?? Delegate(new ReplaceOrder(ClientOrderId, c.Instrument, c.Quantity, c.LimitPrice, c.StopPrice), utcNow),
            ReservationConfirmed => Reserved
                ? Decision<IOrderEvent>.AlreadyApplied
                : Decision<IOrderEvent>.Accept(new OrderReservationConfirmed(FlowEventId(1), ClientOrderId, utcNow, utcNow)),
            // A refusal that arrives after a confirmation (a retried reserve) is stale.
            ReservationRefused r => Reserved || Order.Status != OrderStatus.New
                ? Decision<IOrderEvent>.AlreadyApplied
                : Delegate(new RejectOrder(ClientOrderId, r.Code, r.Message), utcNow),
            FillBooked f => DecideFillBooked(f, utcNow),
            ReleaseConfirmed => Released
                ? Decision<IOrderEvent>.AlreadyApplied
                : Decision<IOrderEvent>.Accept(new OrderReleaseConfirmed(FlowEventId(1), ClientOrderId, utcNow, utcNow)),
            VenueReports v => DecideReports(v, utcNow),
            _ => Decision<IOrderEvent>.Reject(TradingRejections.InvalidTransition, $"order {ClientOrderId} does not understand {command.GetType().Name}"),
        };
    }

    private Decision<IOrderEvent> DecidePlace(PlaceOrder c, DateTime utcNow)
    {
        if (c.Instrument is not { } instrument) return UnknownInstrument(c.Request.InstrumentId);
        var submitted = Order.Decide(new SubmitOrder(c.Request, instrument), utcNow);
        if (submitted.IsRejected || submitted.Events.Count == 0) return submitted;
        var reference = c.ReferencePrice ?? c.Request.LimitPrice ?? c.Request.StopPrice;
        if (reference is not > 0m)
            return Decision<IOrderEvent>.Reject(TradingRejections.MissingReferencePrice,
                $"{c.Request.Type} order {ClientOrderId} needs a positive reference price (the last price of {c.Request.InstrumentId}) to size its buying-power hold");
        var started = new OrderFlowStarted(FlowEventId(2), ClientOrderId, utcNow, utcNow, reference.Value, instrument.QuoteCurrency, c.ReserveFeeRate);
        return Decision<IOrderEvent>.Accept(submitted.Events[0], started);
    }

    private Decision<IOrderEvent> DecideCancel(RequestCancel c, DateTime utcNow)
    {
        // Until the venue has answered, a cancel could overtake the order on its way there.
        if (Order.Status == OrderStatus.New)
            return Decision<IOrderEvent>.Reject(TradingRejections.NotYetWorking,
                $"order {ClientOrderId} has not been acknowledged by the venue yet; cancel again in a moment");
        // A replace already on its way may be confirmed by the venue; the order could not apply that confirmation while
        // cancel-pending, would keep its old quantity and then refuse the venue's fills as overfills (a lost fill).
        if (Order.Status == OrderStatus.PendingReplace)
            return Decision<IOrderEvent>.Reject(TradingRejections.ReplacePending,
                $"order {ClientOrderId} has a replace pending at the venue; cancel again once it is answered");
        return Order.Status == OrderStatus.PendingCancel ? Decision<IOrderEvent>.AlreadyApplied : Delegate(new CancelOrder(ClientOrderId), utcNow);
    }

    /// <summary>
    /// The account sized the order's hold once, at placement, and books every fill whatever it costs, so a replace
    /// may not need more than that hold: the quantity may not grow, and a buy may not be repriced so that quantity x
    /// price exceeds what was held (quantity x reference price). Larger orders are new orders.
    /// </summary>
    private Decision<IOrderEvent>? BeyondHold(RequestReplace c)
    {
        // A finished order is refused by its state machine, with the transition named.
        if (!Order.IsOpen || Order.Request is not { } request) return null;
        var quantity = c.Quantity ?? Order.Quantity;
        if (quantity > request.Quantity)
            return Decision<IOrderEvent>.Reject(TradingRejections.ReplaceExceedsHold,
                $"order {ClientOrderId} cannot grow from {request.Quantity} to {quantity}: its buying power was held for {request.Quantity}; place a new order for more");
        if (request.Side != OrderSide.Buy) return null;
        var price = c.LimitPrice ?? Order.LimitPrice ?? c.StopPrice ?? Order.StopPrice;
        if (price is { } p && quantity * p > request.Quantity * ReferencePrice)
            return Decision<IOrderEvent>.Reject(TradingRejections.ReplaceExceedsHold,
                $"order {ClientOrderId} at {quantity} x {p} would cost more than the {request.Quantity} x {ReferencePrice} its buying power was held for; place a new order");
        return null;
    }

    private Decision<IOrderEvent> DecideFillBooked(FillBooked f, DateTime utcNow)
    {
        if (BookedFills.Contains(f.TradeId)) return Decision<IOrderEvent>.AlreadyApplied;
        if (!Fills.Exists(e => e.TradeId == f.TradeId))
            return Decision<IOrderEvent>.Reject(TradingRejections.UnknownTrade, $"order {ClientOrderId} has no fill with trade id {f.TradeId}");
        return Decision<IOrderEvent>.Accept(new OrderFillBooked(FlowEventId(1), ClientOrderId, utcNow, utcNow, f.TradeId));
    }

    /// <summary>Applies the reports this order has not seen, in number order; each is followed by a
    /// <see cref="VenueReportConsumed"/> so a repeat is recognised. A report the order's state machine refuses
    /// (it raced a cancel, say) is consumed as skipped, with the reason.</summary>
    private Decision<IOrderEvent> DecideReports(VenueReports v, DateTime utcNow)
    {
        var state = this;
        var events = new List<IOrderEvent>();
        for (var k = 0; k < v.Reports.Count; k++)
        {
            var index = v.FromIndex + k;
            if (index < state.VenueReportsApplied) continue;
            if (index > state.VenueReportsApplied) break;
            string? skipped = null;
            if (v.Reports[k].ToCommand(ClientOrderId) is not { } command)
                skipped = $"malformed {v.Reports[k].Kind} report";
            else
            {
                var decision = state.Order.Decide(command, utcNow);
                if (decision.Rejection is { } refused) skipped = refused.ToString();
                foreach (var e in decision.Events)
                {
                    events.Add(e);
                    state = state.Apply(e);
                }
            }
            var consumed = new VenueReportConsumed(state.FlowEventId(1), ClientOrderId, utcNow, utcNow, index, skipped);
            events.Add(consumed);
            state = state.Apply(consumed);
        }
        return events.Count == 0 ? Decision<IOrderEvent>.AlreadyApplied : Decision<IOrderEvent>.Accept(events);
    }

    private Decision<IOrderEvent> Delegate(IOrderCommand command, DateTime utcNow) => Order.Decide(command, utcNow);

    private Decision<IOrderEvent> UnknownInstrument(InstrumentId? id = null) =>
        Decision<IOrderEvent>.Reject(TradingRejections.UnknownInstrument,
            $"instrument {id?.ToString() ?? Order.Request?.InstrumentId.ToString()} is not listed on this cluster");

    // Flow events are numbered on the flow's version, the order's own events on the order's.
    private string FlowEventId(int offset) => $"{ClientOrderId}#f{Version + offset}";

    public OrderFlowState Apply(IOrderEvent @event)
    {
        var next = this with { Version = Version + 1, Order = Order.Apply(@event) };
        return @event switch
        {
            OrderFlowStarted e => next with { ReferencePrice = e.ReferencePrice, Currency = e.Currency, ReserveFeeRate = e.ReserveFeeRate },
            OrderReservationConfirmed => next with { Reserved = true },
            OrderFillBooked e => next with { BookedFills = BookedFills.Add(e.TradeId) },
            OrderReleaseConfirmed => next with { Released = true },
            VenueReportConsumed e => next with { VenueReportsApplied = e.Index + 1 },
            OrderFilled e => next with { Fills = Fills.Add(ExecutionOf(e)) },
            OrderCancelPending => next with { CancelAttempts = CancelAttempts + 1 },
            OrderReplacePending => next with { ReplaceAttempts = ReplaceAttempts + 1 },
            _ => next,
        };
    }

    private Execution ExecutionOf(OrderFilled e)
    {
        var request = Order.Request!;
        return new Execution(e.TradeId, ClientOrderId, request.AccountId, request.InstrumentId, request.Side, e.Quantity, e.Price,
            Currency ?? e.FeeCurrency, e.Fee, e.FeeCurrency, e.Liquidity, e.OccurredAt);
    }
}
