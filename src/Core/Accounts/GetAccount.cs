using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>Asks an account entity for its <see cref="AccountState"/>.</summary>
public sealed record GetAccount(AccountId AccountId) : IWithAccountId;
