using Hive.Core.Security;

namespace Hive.Cluster.Security;

/// <summary>The access rule of one endpoint, carried as endpoint metadata (<see cref="ApiPolicyExtensions.RequireAccess{T}"/>),
/// so every route declares its rule where it is mapped and the route-matrix test can read them all from the running app.</summary>
public sealed record ApiPolicy(ApiAccess Access, AccountSource Accounts = AccountSource.None)
{
    /// <summary>Function-level authorization: which roles hold which access. Object-level (which accounts) is
    /// <see cref="ApiCaller.MayActOn"/>.</summary>
    public static bool Allows(ApiRole role, ApiAccess access) => access switch
    {
        ApiAccess.Open or ApiAccess.Read => true,
        ApiAccess.AccountRead => role is ApiRole.Viewer or ApiRole.Trader or ApiRole.Risk or ApiRole.Admin,
        ApiAccess.Trade => role is ApiRole.Trader or ApiRole.Admin,
        ApiAccess.Risk => role is ApiRole.Risk or ApiRole.Admin,
        ApiAccess.MarketData => role is ApiRole.MarketData or ApiRole.Admin,
        ApiAccess.Admin => role is ApiRole.Admin,
        _ => false,
    };
}
