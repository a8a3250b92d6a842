using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>
/// One order's lifecycle as pure state. <see cref="Decide"/> consults <see cref="OrderTransitions"/>
/// for every command, so an impossible step is a rejection with a reason, never an exception.
/// Idempotency: the same submit twice is <see cref="Decision{TEvent}.AlreadyApplied"/>; a fill whose trade
/// id was already applied is refused with <c>duplicate-trade-id</c> (the actor treats that code as "already done").
/// </summary>
public sealed record OrderState : IAggregate<OrderState, IOrderCommand, IOrderEvent>
{
    public required ClientOrderId ClientOrderId { get; init; }
    public OrderRequest? Request { get; init; }
    public OrderStatus Status { get; init; } = OrderStatus.None;
    /// <summary>Where a pending cancel/replace returns to if refused.</summary>
    public OrderStatus StatusBeforePending { get; init; } = OrderStatus.None;
    public VenueOrderId? VenueOrderId { get; init; }
    public decimal Quantity { get; init; }
    public decimal? LimitPrice { get; init; }
    public decimal? StopPrice { get; init; }
    public decimal FilledQuantity { get; init; }
    public decimal AverageFillPrice { get; init; }
    public decimal Fees { get; init; }
    public ImmutableHashSet<TradeId> AppliedTrades { get; init; } = ImmutableHashSet<TradeId>.Empty;
    public OrderReplacePending? PendingReplace { get; init; }
    public string? RejectionCode { get; init; }
    public long Version { get; init; }

    public decimal LeavesQuantity => Quantity - FilledQuantity;
    public bool IsTerminal => OrderTransitions.IsTerminal(Status);
    public bool IsOpen => Status != OrderStatus.None && !IsTerminal;

    public static OrderState Empty(ClientOrderId id) => new() { ClientOrderId = id };

    public Decision<IOrderEvent> Decide(IOrderCommand command, DateTime utcNow)
    {
        if (command.ClientOrderId != ClientOrderId)
            return Decision<IOrderEvent>.Reject(TradingRejections.UnknownOrder,
                $"command for order {command.ClientOrderId} was sent to order {ClientOrderId}");
        return command switch
        {
            SubmitOrder c => DecideSubmit(c, utcNow),
            AcceptOrder c => Step(OrderAction.Accept, n => new OrderAccepted(n.Id, ClientOrderId, utcNow, utcNow, c.VenueOrderId)),
            RejectOrder c => Step(OrderAction.Reject, n => new OrderRejected(n.Id, ClientOrderId, utcNow, utcNow, c.Code, c.Reason)),
            DenyOrder c => Step(OrderAction.Deny, n => new OrderDenied(n.Id, ClientOrderId, utcNow, utcNow, c.Code, c.Reason)),
            TriggerOrder c => DecideTrigger(c, utcNow),
            CancelOrder => Step(OrderAction.RequestCancel, n => new OrderCancelPending(n.Id, ClientOrderId, utcNow, utcNow)),
            ConfirmCancel c => Step(OrderAction.ConfirmCancel, n => new OrderCancelled(n.Id, ClientOrderId, utcNow, utcNow, c.Reason, c.Code)),
            RejectCancel c => Step(OrderAction.RejectCancel, n => new OrderCancelRejected(n.Id, ClientOrderId, utcNow, utcNow, c.Reason)),
            ReplaceOrder c => DecideReplace(c, utcNow),
            ConfirmReplace => DecideConfirmReplace(utcNow),
            RejectReplace c => Step(OrderAction.RejectReplace, n => new OrderReplaceRejected(n.Id, ClientOrderId, utcNow, utcNow, c.Reason)),
            FillOrder c => DecideFill(c, utcNow),
            ExpireOrder => Step(OrderAction.Expire, n => new OrderExpired(n.Id, ClientOrderId, utcNow, utcNow)),
            DecrementOrder c => DecideDecrement(c, utcNow),
            _ => Decision<IOrderEvent>.Reject(TradingRejections.InvalidTransition,
                $"order {ClientOrderId} does not understand {command.GetType().Name}"),
        };
    }

    private Decision<IOrderEvent> DecideSubmit(SubmitOrder c, DateTime utcNow)
    {
        if (Status != OrderStatus.None)
            return Request == c.Request
                ? Decision<IOrderEvent>.AlreadyApplied
                : Decision<IOrderEvent>.Reject(TradingRejections.DuplicateClientOrderId,
                    $"client order id {ClientOrderId} is already used by a different order");
        if (OrderValidation.Check(c.Request, c.Instrument, utcNow) is { } bad)
            return Decision<IOrderEvent>.Reject(bad.Code, bad.Message);
        return Decision<IOrderEvent>.Accept(new OrderSubmitted(NextEventId(1), ClientOrderId, utcNow, utcNow, c.Request));
    }

    private Decision<IOrderEvent> DecideTrigger(TriggerOrder c, DateTime utcNow)
    {
        if (Request is { Type: OrderType.Market or OrderType.Limit })
            return Decision<IOrderEvent>.Reject(TradingRejections.InvalidTransition,
                $"order {ClientOrderId} is a {Request.Type} order and has no trigger");
        return Step(OrderAction.Trigger, n => new OrderTriggered(n.Id, ClientOrderId, utcNow, utcNow, c.TriggerPrice));
    }

    private Decision<IOrderEvent> DecideReplace(ReplaceOrder c, DateTime utcNow)
    {
        if (Request is null) return Invalid(OrderAction.RequestReplace);
        if (c.Quantity is null && c.LimitPrice is null && c.StopPrice is null)
            return Decision<IOrderEvent>.Reject(TradingRejections.NothingToReplace, $"replace of order {ClientOrderId} changes nothing");
        var quantity = c.Quantity ?? Quantity;
        if (c.Instrument.CheckQuantity(quantity) is { } badQuantity) return Decision<IOrderEvent>.Reject(badQuantity.Code, badQuantity.Message);
        if (quantity <= FilledQuantity)
            return Decision<IOrderEvent>.Reject(TradingRejections.Overfill,
                $"new quantity {quantity} of order {ClientOrderId} must exceed the {FilledQuantity} already filled");
        if (c.LimitPrice is { } limit)
        {
            if (LimitPrice is null) return Decision<IOrderEvent>.Reject(TradingRejections.UnexpectedPrice, $"order {ClientOrderId} has no limit price to replace");
            if (c.Instrument.CheckPrice(limit, "limit price") is { } bad) return Decision<IOrderEvent>.Reject(bad.Code, bad.Message);
        }
        if (c.StopPrice is { } stop)
        {
            if (StopPrice is null) return Decision<IOrderEvent>.Reject(TradingRejections.UnexpectedPrice, $"order {ClientOrderId} has no stop price to replace");
            if (c.Instrument.CheckPrice(stop, "stop price") is { } bad) return Decision<IOrderEvent>.Reject(bad.Code, bad.Message);
        }
        return Step(OrderAction.RequestReplace, n => new OrderReplacePending(n.Id, ClientOrderId, utcNow, utcNow,
            quantity, c.LimitPrice ?? LimitPrice, c.StopPrice ?? StopPrice));
    }

    private Decision<IOrderEvent> DecideDecrement(DecrementOrder c, DateTime utcNow)
    {
        if (c.Quantity <= FilledQuantity || c.Quantity >= Quantity)
            return Decision<IOrderEvent>.Reject(TradingRejections.Overfill,
                $"order {ClientOrderId} of {Quantity} ({FilledQuantity} filled) cannot be decremented to {c.Quantity}");
        return Step(OrderAction.Decrement, n => new OrderDecremented(n.Id, ClientOrderId, utcNow, utcNow, c.Quantity, c.Code, c.Reason));
    }

    private Decision<IOrderEvent> DecideConfirmReplace(DateTime utcNow)
    {
        if (PendingReplace is not { } pending) return Invalid(OrderAction.ConfirmReplace);
        if (pending.Quantity <= FilledQuantity)
            return Decision<IOrderEvent>.Reject(TradingRejections.Overfill,
                $"order {ClientOrderId} filled {FilledQuantity} while the replace to {pending.Quantity} was pending");
        return Step(OrderAction.ConfirmReplace, n => new OrderReplaced(n.Id, ClientOrderId, utcNow, utcNow,
            pending.Quantity, pending.LimitPrice, pending.StopPrice));
    }

    private Decision<IOrderEvent> DecideFill(FillOrder c, DateTime utcNow)
    {
        if (AppliedTrades.Contains(c.TradeId))
            return Decision<IOrderEvent>.Reject(TradingRejections.DuplicateTrade,
                $"trade {c.TradeId} was already applied to order {ClientOrderId}");
        if (c.Quantity <= 0m)
            return Decision<IOrderEvent>.Reject(Instruments.InstrumentRules.NonPositiveQuantity, $"fill quantity {c.Quantity} of trade {c.TradeId} must be positive");
        if (c.Price <= 0m)
            return Decision<IOrderEvent>.Reject(Instruments.InstrumentRules.NonPositivePrice, $"fill price {c.Price} of trade {c.TradeId} must be positive");
        if (c.Quantity > LeavesQuantity && Status != OrderStatus.None)
            return Decision<IOrderEvent>.Reject(TradingRejections.Overfill,
                $"fill of {c.Quantity} by trade {c.TradeId} exceeds the {LeavesQuantity} left on order {ClientOrderId}");
        var action = c.Quantity == LeavesQuantity ? OrderAction.Fill : OrderAction.PartialFill;
        return Step(action, n => new OrderFilled(n.Id, ClientOrderId, c.ExecutedAt, utcNow,
            c.TradeId, c.Quantity, c.Price, c.Fee, c.FeeCurrency, c.Liquidity));
    }

    private readonly record struct Next(string Id);

    private Decision<IOrderEvent> Step(OrderAction action, Func<Next, IOrderEvent> build)
    {
        return OrderTransitions.Next(Status, action, StatusBeforePending) is null
            ? Invalid(action)
            : Decision<IOrderEvent>.Accept(build(new Next(NextEventId(1))));
    }

    private Decision<IOrderEvent> Invalid(OrderAction action) =>
        Decision<IOrderEvent>.Reject(TradingRejections.InvalidTransition,
            Status == OrderStatus.None
                ? $"order {ClientOrderId} does not exist, so it cannot {Describe(action)}"
                : $"order {ClientOrderId} is {Status} and cannot {Describe(action)}");

    private static string Describe(OrderAction action) => action switch
    {
        OrderAction.RequestCancel or OrderAction.ConfirmCancel => "be cancelled",
        OrderAction.RequestReplace or OrderAction.ConfirmReplace => "be replaced",
        OrderAction.PartialFill or OrderAction.Fill => "be filled",
        _ => $"take action {action}",
    };

    private string NextEventId(int offset) => $"{ClientOrderId}#{Version + offset}";

    public OrderState Apply(IOrderEvent @event)
    {
        // One copy per event: the version moves with whatever the event changes.
        var version = Version + 1;
        switch (@event)
        {
            case OrderSubmitted e:
                return this with
                {
                    Version = version,
                    Request = e.Request, Status = OrderStatus.New, Quantity = e.Request.Quantity,
                    LimitPrice = e.Request.LimitPrice, StopPrice = e.Request.StopPrice,
                };
            case OrderAccepted e:
                return this with { Version = version, Status = OrderStatus.Accepted, VenueOrderId = e.VenueOrderId };
            case OrderRejected e:
                return this with { Version = version, Status = OrderStatus.Rejected, RejectionCode = e.Code };
            case OrderDenied e:
                return this with { Version = version, Status = OrderStatus.Denied, RejectionCode = e.Code };
            case OrderTriggered:
                return this with { Version = version, Status = OrderStatus.Triggered };
            case OrderCancelPending:
                return EnterPending(OrderStatus.PendingCancel, version);
            case OrderCancelled e:
                return this with { Version = version, Status = OrderStatus.Cancelled, PendingReplace = null, RejectionCode = e.Code ?? RejectionCode };
            case OrderCancelRejected:
                return this with { Version = version, Status = StatusBeforePending };
            case OrderReplacePending e:
                return EnterPending(OrderStatus.PendingReplace, version) with { PendingReplace = e };
            case OrderReplaced e:
                return this with
                {
                    Version = version,
                    Status = StatusBeforePending, Quantity = e.Quantity, LimitPrice = e.LimitPrice, StopPrice = e.StopPrice,
                    PendingReplace = null,
                };
            case OrderReplaceRejected:
                return this with { Version = version, Status = StatusBeforePending, PendingReplace = null };
            case OrderFilled e:
                return ApplyFill(e, version);
            case OrderDecremented e:
                return this with { Version = version, Quantity = e.Quantity };
            case OrderExpired:
                return this with { Version = version, Status = OrderStatus.Expired, PendingReplace = null };
            default:
                return this;
        }
    }

    private OrderState EnterPending(OrderStatus pending, long version) =>
        OrderTransitions.IsPending(Status)
            ? this with { Version = version, Status = pending }
            : this with { Version = version, Status = pending, StatusBeforePending = Status };

    private OrderState ApplyFill(OrderFilled e, long version)
    {
        var filled = FilledQuantity + e.Quantity;
        var average = (AverageFillPrice * FilledQuantity + e.Price * e.Quantity) / filled;
        var complete = filled >= Quantity;
        var status = complete
            ? OrderStatus.Filled
            : OrderTransitions.IsPending(Status) ? Status : OrderStatus.PartiallyFilled;
        return this with
        {
            Version = version, FilledQuantity = filled, AverageFillPrice = average, Fees = Fees + e.Fee,
            AppliedTrades = AppliedTrades.Add(e.TradeId), Status = status,
            StatusBeforePending = OrderTransitions.IsPending(Status) ? OrderStatus.PartiallyFilled : StatusBeforePending,
            PendingReplace = complete ? null : PendingReplace,
        };
    }
}
