using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Accounts;

public abstract record AccountEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, AccountId AccountId)
    : IDomainEvent, IWithAccountId;

public sealed record CashCredited(string EventId, DateTime OccurredAt, DateTime RecordedAt, AccountId AccountId,
    string TransferId, string Currency, decimal Amount) : AccountEvent(EventId, OccurredAt, RecordedAt, AccountId);

public sealed record CashDebited(string EventId, DateTime OccurredAt, DateTime RecordedAt, AccountId AccountId,
    string TransferId, string Currency, decimal Amount) : AccountEvent(EventId, OccurredAt, RecordedAt, AccountId);

public sealed record FundsReserved(string EventId, DateTime OccurredAt, DateTime RecordedAt, AccountId AccountId,
    ClientOrderId OrderId, string Currency, decimal Amount) : AccountEvent(EventId, OccurredAt, RecordedAt, AccountId);

public sealed record FundsReleased(string EventId, DateTime OccurredAt, DateTime RecordedAt, AccountId AccountId,
    ClientOrderId OrderId, string Currency, decimal Amount) : AccountEvent(EventId, OccurredAt, RecordedAt, AccountId);
