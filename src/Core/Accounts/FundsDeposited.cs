using Hive.Core.Ids;

namespace Hive.Core.Accounts;

public sealed record FundsDeposited(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, string TransferId, string Currency, decimal Amount) : IAccountEvent;
