using Hive.Core.Ids;

namespace Hive.Core.Accounts;

public sealed record AccountOpened(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, AccountType Type, decimal Leverage) : IAccountEvent;
