using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OrderReplaced(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, decimal Quantity, decimal? LimitPrice, decimal? StopPrice) : IOrderEvent;
