using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OrderCancelPending(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;
