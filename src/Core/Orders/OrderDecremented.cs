using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The venue shrank the order to <see cref="Quantity"/> (more than it has filled); it keeps its status and works on.
/// <see cref="Code"/> says why (<c>self-trade-prevented</c>).</summary>
public sealed record OrderDecremented(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt,
    decimal Quantity, string Code, string Reason) : IOrderEvent;
