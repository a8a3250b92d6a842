using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>Sets the account's limits, or narrows them for one <see cref="Strategy"/> or one <see cref="Instrument"/> (at most
/// one of the two). Replaces what that level had; every limit given must be positive.</summary>
public sealed record SetRiskLimits(AccountId AccountId, RiskLimits Limits, StrategyId? Strategy = null, InstrumentId? Instrument = null) : IAccountCommand;
