using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Security;

/// <summary>A user as the directory stores it: its role, the accounts it is scoped to (viewers and traders), and its current
/// key as an id, a salt and the salted hash of the secret (<see cref="ApiKeys"/>); never the secret itself.</summary>
public sealed record ApiUser(UserName Name, ApiRole Role, ImmutableArray<AccountId> Accounts, string KeyId, string Salt, string KeyHash,
    DateTime CreatedAt, string CreatedBy, DateTime? RevokedAt) : IHiveMessage
{
    public bool Revoked => RevokedAt is not null;

    /// <summary>Viewers and traders see and act on their own accounts only.</summary>
    public bool IsScoped => Role is ApiRole.Viewer or ApiRole.Trader;
}
