using Hive.Core.Ids;

namespace Hive.Core.Accounts;

public sealed record ReservationReleased(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId ClientOrderId, string Reason) : IAccountEvent;
