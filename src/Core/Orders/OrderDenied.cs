using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderDenied(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, string Code, string Reason) : IOrderEvent;
