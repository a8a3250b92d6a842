using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record OpenAccount(AccountId AccountId, AccountType Type, decimal Leverage = 1m) : IAccountCommand;
