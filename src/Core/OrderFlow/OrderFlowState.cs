using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One order as the order group runs it: the order's own state machine (<see cref="Order"/>) plus what its flow needs
/// from DESIGN.md — how its hold is sized, its fills, its cancel and replace attempts. Pure: <see cref="Decide"/> /
/// <see cref="Apply"/>; <see cref="Outbox"/> says which messages are still owed to other entities given what they have
/// confirmed (<see cref="OrderDelivery"/>, kept in memory), so the actor sends them until each is confirmed. Only facts
/// about the order are journaled: placed, what the venue did, cancel/replace requested, refused by the account.
/// </summary>
public sealed partial record OrderFlowState : IAggregate<OrderFlowState, IOrderFlowCommand, IOrderEvent>, IEntityState
{
    public required ClientOrderId ClientOrderId { get; init; }
    public long Version { get; init; }
    public required OrderState Order { get; init; }
    public decimal ReferencePrice { get; init; }
    public string? Currency { get; init; }
    /// <summary>The venue's last price when the order was placed (the account's price collar checks against it).</summary>
    public decimal? MarketPrice { get; init; }
    public decimal ReserveFeeRate { get; init; }
    public ImmutableList<Execution> Fills { get; init; } = ImmutableList<Execution>.Empty;
    public int CancelAttempts { get; init; }
    public int ReplaceAttempts { get; init; }

    public static OrderFlowState Empty(ClientOrderId id) => new() { ClientOrderId = id, Order = OrderState.Empty(id) };

    public bool Exists => Order.Status != OrderStatus.None;

    /// <summary>Finished; whether it still owes its counterparts anything is <see cref="Outbox"/>'s to say.</summary>
    public bool CanPassivate => !Exists || Order.IsTerminal;

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
            // A refusal that arrives after the venue answered (a retried reserve) is stale: the account held, then.
            ReservationRefused r => Order.Status != OrderStatus.New
                ? Decision<IOrderEvent>.AlreadyApplied
                : Delegate(RiskDenials.Denies(r.Code) ? new DenyOrder(ClientOrderId, r.Code, r.Message) : new RejectOrder(ClientOrderId, r.Code, r.Message), utcNow),
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
        if (reference > instrument.MaxPrice || instrument.CheckNotional(c.Request.Quantity, reference.Value) is { Code: InstrumentRules.NotionalAboveMaximum })
            return Decision<IOrderEvent>.Reject(InstrumentRules.NotionalAboveMaximum,
                $"order {ClientOrderId} for {c.Request.Quantity} at about {reference} is above the maximum notional {instrument.MaxNotional} {instrument.QuoteCurrency} of {instrument.Id}");
        var placed = (OrderSubmitted)submitted.Events[0] with
        {
            ReferencePrice = reference.Value, Currency = instrument.QuoteCurrency, ReserveFeeRate = c.ReserveFeeRate, MarketPrice = c.MarketPrice,
        };
        return Decision<IOrderEvent>.Accept(placed);
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

    /// <summary>Applies a batch of the venue's reports in number order. Each report is one command of the order's state
    /// machine, which refuses what it has already applied (a repeated fill by its trade id, an acceptance of an order
    /// that moved on), so a batch fetched again changes nothing; the answer to an older cancel or replace attempt than the
    /// current one is skipped. What is refused is skipped, not journaled.</summary>
    private Decision<IOrderEvent> DecideReports(VenueReports v, DateTime utcNow)
    {
        var state = this;
        var events = new List<IOrderEvent>();
        foreach (var report in v.Reports)
        {
            if (state.IsStale(report) || report.ToCommand(ClientOrderId) is not { } command) continue;
            foreach (var e in state.Order.Decide(command, utcNow).Events)
            {
                events.Add(e);
                state = state.Apply(e);
            }
        }
        return events.Count == 0 ? Decision<IOrderEvent>.AlreadyApplied : Decision<IOrderEvent>.Accept(events);
    }

    private bool IsStale(VenueReport report) => report.Attempt is { } attempt && report.Kind switch
    {
        VenueReportKind.Cancelled or VenueReportKind.CancelRejected => attempt != CancelAttempts,
        VenueReportKind.Replaced or VenueReportKind.ReplaceRejected => attempt != ReplaceAttempts,
        _ => false,
    };

    private Decision<IOrderEvent> Delegate(IOrderCommand command, DateTime utcNow) => Order.Decide(command, utcNow);

    private Decision<IOrderEvent> UnknownInstrument(InstrumentId? id = null) =>
        Decision<IOrderEvent>.Reject(TradingRejections.UnknownInstrument,
            $"instrument {id?.ToString() ?? Order.Request?.InstrumentId.ToString()} is not listed on this cluster");

    public OrderFlowState Apply(IOrderEvent @event)
    {
        var next = this with { Version = Version + 1, Order = Order.Apply(@event) };
        return @event switch
        {
            OrderSubmitted e => next with { ReferencePrice = e.ReferencePrice, Currency = e.Currency, ReserveFeeRate = e.ReserveFeeRate, MarketPrice = e.MarketPrice },
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
