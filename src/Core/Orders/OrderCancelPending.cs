using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderCancelPending(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;
