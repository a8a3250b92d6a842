using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record ReservationReleased(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId ClientOrderId, string Reason) : IAccountEvent;
