using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Orders;

public abstract record OrderEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId OrderId)
    : IDomainEvent, IWithOrderId;

public sealed record OrderCreated(string EventId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId OrderId,
    AccountId AccountId, InstrumentId InstrumentId, OrderSide Side, decimal Quantity, decimal? LimitPrice)
    : OrderEvent(EventId, OccurredAt, RecordedAt, OrderId);

public sealed record OrderCancelled(string EventId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId OrderId, string Reason)
    : OrderEvent(EventId, OccurredAt, RecordedAt, OrderId);
