using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>Halts the account (or one <see cref="Strategy"/> on it), lets it only reduce positions, or resumes it;
/// <see cref="By"/> and <see cref="Reason"/> are recorded. Halting cancels the working orders in scope. <see cref="Cause"/> is the loss
/// rule's code when the account's own loss rule sends it; <see cref="KillSwitch"/> the id of the kill switch it obeys (each
/// is obeyed once, even while the account is already halted).</summary>
public sealed record SetTradingState(AccountId AccountId, TradingState State, string Reason, string By, StrategyId? Strategy = null,
    string? Cause = null, string? KillSwitch = null) : IAccountCommand;
