using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>Asks an account for its compact view (<see cref="AccountState.ForStrategy"/>), what a strategy reads.</summary>
public sealed record GetAccountView(AccountId AccountId) : IWithAccountId;
