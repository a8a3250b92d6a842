using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Orders;

public abstract record OrderCommand(ClientOrderId OrderId) : IWithOrderId;

/// <summary>Creates the order; the client order id is the idempotency key, so sending the same
/// order twice yields one order.</summary>
public sealed record CreateOrder(ClientOrderId OrderId, AccountId AccountId, InstrumentId InstrumentId,
    OrderSide Side, decimal Quantity, decimal? LimitPrice) : OrderCommand(OrderId);

public sealed record CancelOrder(ClientOrderId OrderId, string Reason) : OrderCommand(OrderId);

public sealed record GetOrder(ClientOrderId OrderId) : IWithOrderId;
