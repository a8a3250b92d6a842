using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderExpired(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;
