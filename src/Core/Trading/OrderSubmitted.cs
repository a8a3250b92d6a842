using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OrderSubmitted(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, OrderRequest Request) : IOrderEvent;
