using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The order exists. In the cluster it also carries what sizes its buying-power hold (<see cref="ReferencePrice"/>, the
/// quote <see cref="Currency"/>, the fee headroom <see cref="ReserveFeeRate"/>), so placing an order is one journal event.</summary>
public sealed record OrderSubmitted(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, OrderRequest Request,
    decimal ReferencePrice = 0m, string? Currency = null, decimal ReserveFeeRate = 0m) : IOrderEvent;
