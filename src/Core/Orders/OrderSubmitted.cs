using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The order exists. In the cluster it also carries what sizes its buying-power hold (<see cref="ReferencePrice"/>, the
/// quote <see cref="Currency"/>, the fee headroom <see cref="ReserveFeeRate"/>) and the venue's last price the account's risk
/// check anchors its price collar to (<see cref="MarketPrice"/>), so placing an order is one journal event.</summary>
public sealed record OrderSubmitted(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, OrderRequest Request,
    decimal ReferencePrice = 0m, string? Currency = null, decimal ReserveFeeRate = 0m, decimal? MarketPrice = null) : IOrderEvent;
