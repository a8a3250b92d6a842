using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderReplaced(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, decimal Quantity, decimal? LimitPrice, decimal? StopPrice) : IOrderEvent;
