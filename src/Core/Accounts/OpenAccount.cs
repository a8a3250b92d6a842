using Hive.Core.Ids;

namespace Hive.Core.Accounts;

public sealed record OpenAccount(AccountId AccountId, AccountType Type, decimal Leverage = 1m) : IAccountCommand;
