namespace Hive.Cluster.Security;

/// <summary>What an endpoint needs, declared once per route (<see cref="ApiPolicy"/>). Which roles hold which:
/// <see cref="ApiPolicy.Allows"/>.</summary>
public enum ApiAccess
{
    /// <summary>No key: health probes, the dashboard page, signing in.</summary>
    Open,
    /// <summary>Any valid key: cluster state, the catalog, counters.</summary>
    Read,
    /// <summary>One account's data: viewers and traders of that account, risk, admin.</summary>
    AccountRead,
    /// <summary>Orders and strategies of an account: its traders, admin.</summary>
    Trade,
    /// <summary>Limits, trading states, kill switches: risk, admin.</summary>
    Risk,
    /// <summary>Pushing bars: market-data, admin.</summary>
    MarketData,
    /// <summary>Cluster membership, users, accounts and deposits, maintenance: admin.</summary>
    Admin,
}
