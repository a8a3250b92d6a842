using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Orders;

/// <summary>One order's lifecycle as the order entity holds it: created, then possibly cancelled.
/// The full state machine (fills, replace, expiry) is the trading core's.</summary>
public sealed record OrderState(
    ClientOrderId OrderId,
    long Version,
    OrderStatus Status,
    AccountId? AccountId,
    InstrumentId? InstrumentId,
    OrderSide Side,
    decimal Quantity,
    decimal? LimitPrice,
    DateTime? CreatedAt,
    string? CancelReason) : IAggregate<OrderState, OrderCommand, OrderEvent>, IEntityState
{
    public static OrderState Empty(ClientOrderId id) => new(id, 0, OrderStatus.None, null, null, OrderSide.Buy, 0, null, null, null);

    public bool CanPassivate => true;

    public Decision<OrderEvent> Decide(OrderCommand command, DateTime utcNow)
    {
        if (command.OrderId != OrderId)
            return Decision<OrderEvent>.Reject("wrong-entity", $"command for order {command.OrderId} reached order {OrderId}");
        var id = $"{OrderId}:{Version + 1}";
        return command switch
        {
            CreateOrder c when Status != OrderStatus.None => IsSameOrder(c)
                ? Decision<OrderEvent>.AlreadyApplied
                : Decision<OrderEvent>.Reject("duplicate-client-order-id",
                    $"client order id {OrderId} is already used by a different order"),
            CreateOrder c => Validate(c) is { } bad
                ? Decision<OrderEvent>.Reject(bad.Code, bad.Message)
                : Decision<OrderEvent>.Accept(new OrderCreated(id, utcNow, utcNow, OrderId, c.AccountId, c.InstrumentId, c.Side, c.Quantity, c.LimitPrice)),
            CancelOrder => Status switch
            {
                OrderStatus.None => Decision<OrderEvent>.Reject("unknown-order", $"order {OrderId} does not exist"),
                OrderStatus.Cancelled => Decision<OrderEvent>.AlreadyApplied,
                _ => Decision<OrderEvent>.Accept(new OrderCancelled(id, utcNow, utcNow, OrderId, ((CancelOrder)command).Reason)),
            },
            _ => Decision<OrderEvent>.Reject("unknown-command", $"order cannot handle {command.GetType().Name}"),
        };
    }

    public OrderState Apply(OrderEvent @event) => @event switch
    {
        OrderCreated c => this with
        {
            Version = Version + 1, Status = OrderStatus.Open, AccountId = c.AccountId, InstrumentId = c.InstrumentId,
            Side = c.Side, Quantity = c.Quantity, LimitPrice = c.LimitPrice, CreatedAt = c.OccurredAt,
        },
        OrderCancelled x => this with { Version = Version + 1, Status = OrderStatus.Cancelled, CancelReason = x.Reason },
        _ => throw new InvalidOperationException($"order cannot apply {@event.GetType().Name}"),
    };

    private bool IsSameOrder(CreateOrder c) =>
        AccountId == c.AccountId && InstrumentId == c.InstrumentId && Side == c.Side && Quantity == c.Quantity && LimitPrice == c.LimitPrice;

    private static Rejection? Validate(CreateOrder c) =>
        Money.CheckPositive(c.Quantity, "quantity")
        ?? (c.LimitPrice is { } price ? Money.CheckPositive(price, "price") : null)
        ?? (string.IsNullOrEmpty(c.AccountId.Value) ? new Rejection("missing-account", "order has no account id") : null);
}
