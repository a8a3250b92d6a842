using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderTriggered(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, decimal TriggerPrice) : IOrderEvent;
