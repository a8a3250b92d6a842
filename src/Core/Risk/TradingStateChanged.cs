using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

public sealed record TradingStateChanged(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, TradingState State,
    string Reason, string By, StrategyId? Strategy = null) : IAccountEvent;
