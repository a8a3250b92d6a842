using Hive.Core.Ids;
using Hive.Core.Accounts;

namespace Hive.Core.ReadModel;

/// <summary>An account the read side has seen opened. Balances stay with the live entity; this row only says the account exists.</summary>
public sealed record AccountRow(AccountId AccountId, AccountType Type, decimal Leverage, DateTime OpenedAt, long Version);
