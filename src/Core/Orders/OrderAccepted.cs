using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderAccepted(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, VenueOrderId VenueOrderId) : IOrderEvent;
