using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OrderCancelRejected(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, string Reason) : IOrderEvent;
