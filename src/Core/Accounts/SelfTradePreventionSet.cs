using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

public sealed record SelfTradePreventionSet(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, SelfTradePrevention? Mode)
    : IAccountEvent;
