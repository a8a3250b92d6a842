using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderCancelRejected(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, string Reason) : IOrderEvent;
