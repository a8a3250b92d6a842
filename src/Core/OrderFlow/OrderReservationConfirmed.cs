using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>The account confirmed the order's hold; the order may now go to the venue.</summary>
public sealed record OrderReservationConfirmed(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;
