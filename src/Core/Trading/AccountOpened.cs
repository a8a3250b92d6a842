using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record AccountOpened(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, AccountType Type, decimal Leverage) : IAccountEvent;
