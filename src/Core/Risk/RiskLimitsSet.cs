using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

public sealed record RiskLimitsSet(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, RiskLimits Limits,
    StrategyId? Strategy = null, InstrumentId? Instrument = null) : IAccountEvent;
