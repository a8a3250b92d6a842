using System.Collections.Frozen;
using Hive.Core.Ids;
using Hive.Core.Security;

namespace Hive.Cluster.Security;

/// <summary>Who sent a request, as the authorization saw it: a user of the directory or the node's bootstrap admin.
/// <see cref="Accounts"/> is null for roles that act on every account.</summary>
public sealed record ApiCaller(string Name, ApiRole Role, FrozenSet<AccountId>? Accounts)
{
    /// <summary>The holder of DATA_DIR/admin.token (or --admin-token): an admin that exists before any user does.</summary>
    public static readonly ApiCaller BootstrapAdmin = new("bootstrap-admin", ApiRole.Admin, null);

    public bool MayActOn(AccountId account) => Accounts is null || Accounts.Contains(account);

    /// <summary>Whether <paramref name="now"/> (the same key authenticated again) still grants what this caller was granted: the same
    /// user, role and accounts. Null (a revoked or rotated key) grants nothing.</summary>
    public bool SameGrantsAs(ApiCaller? now) =>
        now is not null && now.Name == Name && now.Role == Role
        && (Accounts is null ? now.Accounts is null : now.Accounts is not null && Accounts.SetEquals(now.Accounts));

    public static ApiCaller From(ApiUser user) =>
        new(user.Name.Value, user.Role, user.IsScoped ? user.Accounts.ToFrozenSet() : null);

    /// <summary>The caller the authorization attached to this request; null on open endpoints.</summary>
    public static ApiCaller? Of(HttpContext context) => context.Features.Get<ApiCaller>();
}
