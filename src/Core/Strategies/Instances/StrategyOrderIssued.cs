using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy issued an order (its client order id is <c>Request.ClientOrderId</c>); the entity sends it to the order group until acknowledged.</summary>
public sealed record StrategyOrderIssued(string EventId, DateTime OccurredAt, DateTime RecordedAt, StrategyId StrategyId,
    OrderRequest Request, decimal ReferencePrice) : StrategyEvent(EventId, OccurredAt, RecordedAt, StrategyId);
