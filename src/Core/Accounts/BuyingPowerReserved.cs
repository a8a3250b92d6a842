using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary><see cref="Mark"/> is the venue's last price of the instrument when the order was taken (null when it had none): the
/// account marks its position at it.</summary>
public sealed record BuyingPowerReserved(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, Reservation Reservation,
    decimal? Mark = null) : IAccountEvent;
