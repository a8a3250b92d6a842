using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>An account as the read tables list it (<c>GET /api/accounts</c>, the dashboard's <c>account</c> event): that it exists,
/// its type and leverage; balances come from the account itself (<see cref="AccountView"/>).</summary>
public sealed record AccountSummaryView(string AccountId, string Type, decimal Leverage, DateTime OpenedAt)
{
    public static AccountSummaryView From(AccountRow a) => new(a.AccountId.Value, a.Type.ToString().ToLowerInvariant(), a.Leverage, a.OpenedAt);
}
