using System.Collections.Immutable;
using Hive.Core.Domain;

namespace Hive.Core.Security;

/// <summary>
/// The cluster's users: one directory for the whole cluster (entity <see cref="EntityId"/>), persisted, so every node sees
/// the same users and a revoke holds across any node's death. Keyed by user name (text: a typed-id key would not serialize as a JSON property name); a revoked user stays (its name is never
/// reused, so the audit trail stays unambiguous). Pure.
/// </summary>
public sealed record UserDirectoryState(long Version, ImmutableDictionary<string, ApiUser> Users)
    : IAggregate<UserDirectoryState, IUserDirectoryCommand, IUserDirectoryEvent>, IEntityState
{
    public const string EntityId = "users";

    public static UserDirectoryState Empty { get; } = new(0, ImmutableDictionary<string, ApiUser>.Empty);

    /// <summary>Stays up: every node's key cache follows what it publishes.</summary>
    public bool CanPassivate => false;

    public Decision<IUserDirectoryEvent> Decide(IUserDirectoryCommand command, DateTime utcNow) => command switch
    {
        AddUser c when !Enum.IsDefined(c.Role) => Reject(SecurityRejections.InvalidUser, $"role {(int)c.Role} is not a role"),
        AddUser c when Users.ContainsKey(c.Name.Value) => Reject(SecurityRejections.UserExists,
            $"user '{c.Name}' already exists{(Users[c.Name.Value].Revoked ? " (revoked; names are never reused)" : "")}"),
        AddUser c when c.Role is ApiRole.Viewer or ApiRole.Trader && c.Accounts.IsEmpty => Reject(SecurityRejections.InvalidUser,
            $"a {RoleNames.Of(c.Role)} is scoped to accounts: name at least one (--accounts a,b)"),
        AddUser c when c.Role is not (ApiRole.Viewer or ApiRole.Trader) && !c.Accounts.IsEmpty => Reject(SecurityRejections.InvalidUser,
            $"a {RoleNames.Of(c.Role)} acts on every account; accounts are for viewers and traders"),
        AddUser c => Accept(new UserAdded(NextEventId(), utcNow, utcNow,
            new ApiUser(c.Name, c.Role, [.. c.Accounts.Distinct().OrderBy(a => a.Value, StringComparer.Ordinal)], c.Key.KeyId, c.Key.Salt, c.Key.Hash, utcNow, c.By, null))),
        RevokeUser c when !Users.ContainsKey(c.Name.Value) => Unknown(c.Name),
        RevokeUser c when Users[c.Name.Value].Revoked => Decision<IUserDirectoryEvent>.AlreadyApplied,
        RevokeUser c => Accept(new UserRevoked(NextEventId(), utcNow, utcNow, c.Name, c.By)),
        RotateUserKey c when !Users.ContainsKey(c.Name.Value) => Unknown(c.Name),
        RotateUserKey c when Users[c.Name.Value].Revoked => Reject(SecurityRejections.UserRevoked, $"user '{c.Name}' is revoked; add a new user instead"),
        RotateUserKey c => Accept(new UserKeyRotated(NextEventId(), utcNow, utcNow, c.Name, c.Key, c.By)),
        _ => Reject(TradingRejections.InvalidTransition, $"the user directory does not understand {command.GetType().Name}"),
    };

    public UserDirectoryState Apply(IUserDirectoryEvent @event) => @event switch
    {
        UserAdded e => new(Version + 1, Users.SetItem(e.User.Name.Value, e.User)),
        UserRevoked e => new(Version + 1, Users.SetItem(e.Name.Value, Users[e.Name.Value] with { RevokedAt = e.OccurredAt })),
        UserKeyRotated e => new(Version + 1, Users.SetItem(e.Name.Value, Users[e.Name.Value] with { KeyId = e.Key.KeyId, Salt = e.Key.Salt, KeyHash = e.Key.Hash })),
        _ => this,
    };

    private static Decision<IUserDirectoryEvent> Accept(IUserDirectoryEvent e) => Decision<IUserDirectoryEvent>.Accept(e);

    private static Decision<IUserDirectoryEvent> Reject(string code, string message) => Decision<IUserDirectoryEvent>.Reject(code, message);

    private static Decision<IUserDirectoryEvent> Unknown(UserName name) => Reject(SecurityRejections.UnknownUser, $"user '{name}' does not exist");

    private string NextEventId() => $"users#{Version + 1}";
}
