using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Accounts;

/// <summary>A command to the account entity. Every one carries the key that makes a retry harmless.</summary>
public abstract record AccountCommand(AccountId AccountId) : IWithAccountId;

/// <summary>Adds cash; <see cref="TransferId"/> makes a retried credit a no-op.</summary>
public sealed record CreditCash(AccountId AccountId, string TransferId, string Currency, decimal Amount) : AccountCommand(AccountId);

/// <summary>Removes cash if the unreserved balance allows it; idempotent per <see cref="TransferId"/>.</summary>
public sealed record DebitCash(AccountId AccountId, string TransferId, string Currency, decimal Amount) : AccountCommand(AccountId);

/// <summary>Sets aside buying power for an open order; idempotent per order.</summary>
public sealed record ReserveFunds(AccountId AccountId, ClientOrderId OrderId, string Currency, decimal Amount) : AccountCommand(AccountId);

/// <summary>Returns an order's reservation to free cash (order filled, cancelled or rejected).</summary>
public sealed record ReleaseFunds(AccountId AccountId, ClientOrderId OrderId) : AccountCommand(AccountId);

/// <summary>Asks for the account's current state; answered with <see cref="AccountState"/>.</summary>
public sealed record GetAccount(AccountId AccountId) : IWithAccountId;
