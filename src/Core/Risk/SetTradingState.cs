using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>Halts the account (or one <see cref="Strategy"/> on it), lets it only reduce positions, or resumes it;
/// <see cref="By"/> and <see cref="Reason"/> are recorded. Halting cancels the working orders in scope. <see cref="Cause"/> is the loss
/// rule's code when the account's own loss rule sends it.</summary>
public sealed record SetTradingState(AccountId AccountId, TradingState State, string Reason, string By, StrategyId? Strategy = null,
    string? Cause = null) : IAccountCommand;
