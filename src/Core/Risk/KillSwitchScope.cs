using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>What a kill switch covers: the whole cluster (neither id), one account and the strategies trading on it, or one
/// strategy.</summary>
public sealed record KillSwitchScope(AccountId? Account = null, StrategyId? Strategy = null)
{
    public static KillSwitchScope Cluster { get; } = new();

    public bool IsCluster => Account is null && Strategy is null;

    /// <summary>The account halts under this switch.</summary>
    public bool Covers(AccountId account) => IsCluster || Account == account;

    /// <summary>The strategy, trading on <paramref name="account"/>, stops under this switch.</summary>
    public bool Covers(StrategyId strategy, AccountId? account) => IsCluster || Strategy == strategy || (account is { } a && Account == a);

    /// <summary>The scope's name, also its key in the register: <c>cluster</c>, <c>account A</c>, <c>strategy S</c>.</summary>
    public override string ToString() => Account is { } a ? $"account {a}" : Strategy is { } s ? $"strategy {s}" : "cluster";
}
