using Hive.Core.Ids;

namespace Hive.Core.Accounts;

public sealed record BuyingPowerReserved(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, Reservation Reservation) : IAccountEvent;
