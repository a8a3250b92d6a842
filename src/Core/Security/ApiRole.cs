namespace Hive.Core.Security;

/// <summary>What a user of the API may do. One role per user: <see cref="Viewer"/> and <see cref="Trader"/> are scoped to the
/// user's accounts; the others act on the whole cluster.</summary>
public enum ApiRole
{
    /// <summary>Reads its accounts' balances, orders, fills and risk, and the cluster's public state.</summary>
    Viewer,
    /// <summary>What a viewer may, and submits, cancels and replaces orders and starts and stops strategies of its accounts.</summary>
    Trader,
    /// <summary>Reads every account; sets limits, halts and resumes trading, engages and releases kill switches.</summary>
    Risk,
    /// <summary>Pushes bars into the venues; reads the cluster's public state.</summary>
    MarketData,
    /// <summary>Everything: cluster membership, users, accounts and deposits, and every other role's actions.</summary>
    Admin,
}
