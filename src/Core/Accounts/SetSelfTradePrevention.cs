using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

/// <summary>Sets the self-trade prevention mode the account's orders take when they choose none (<see cref="Mode"/> null: the
/// venue's default again). An order's own mode still overrides it.</summary>
public sealed record SetSelfTradePrevention(AccountId AccountId, SelfTradePrevention? Mode) : IAccountCommand;
