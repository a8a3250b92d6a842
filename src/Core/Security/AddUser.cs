using System.Collections.Immutable;
using Hive.Core.Ids;

namespace Hive.Core.Security;

/// <summary>Adds a user with its first key (already hashed by the node that generated it). Refused for a name in use, even a
/// revoked one, so the audit trail never shows two different users under one name.</summary>
public sealed record AddUser(UserName Name, ApiRole Role, ImmutableArray<AccountId> Accounts, StoredKey Key, string By) : IUserDirectoryCommand;
