using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

public sealed record ExecutionBooked(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, Execution Execution) : IAccountEvent;
