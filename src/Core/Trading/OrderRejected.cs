using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OrderRejected(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, string Code, string Reason) : IOrderEvent;
