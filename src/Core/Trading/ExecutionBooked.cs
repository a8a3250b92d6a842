using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record ExecutionBooked(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, Execution Execution) : IAccountEvent;
