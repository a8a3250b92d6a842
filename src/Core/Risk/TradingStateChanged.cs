using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary><see cref="Cause"/> is the loss rule's code when the rule moved the account (see <see cref="AccountRisk.StateCause"/>);
/// <see cref="KillSwitch"/> the id of the kill switch that halted it.</summary>
public sealed record TradingStateChanged(string EventId, AccountId AccountId, DateTime OccurredAt, DateTime RecordedAt, TradingState State,
    string Reason, string By, StrategyId? Strategy = null, string? Cause = null,
    string? KillSwitch = null) : IAccountEvent;
