using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>Adds capital; <see cref="TransferId"/> makes a retried deposit count once.</summary>
public sealed record DepositFunds(AccountId AccountId, string TransferId, string Currency, decimal Amount) : IAccountCommand;
