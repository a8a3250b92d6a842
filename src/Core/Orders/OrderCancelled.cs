using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The order left the venue unfilled (or partly filled); <see cref="Code"/> is set when the venue cancelled it on its own
/// (<c>self-trade-prevented</c>), and becomes the order's <see cref="OrderState.RejectionCode"/>. Journals written before the code
/// existed read it as null.</summary>
public sealed record OrderCancelled(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, string Reason,
    string? Code = null) : IOrderEvent;
