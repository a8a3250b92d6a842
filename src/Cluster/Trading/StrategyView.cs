using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>A strategy instance as the API shows it; <see cref="RecentOrders"/> only when one strategy is shown.</summary>
public sealed record StrategyView(
    string StrategyId, string Kind, string AccountId, bool Running, IReadOnlyDictionary<string, string> Parameters,
    int OrdersIssued, int Starts, string? StopReason, DateTime UpdatedAt, IReadOnlyList<OrderView>? RecentOrders)
{
    public static StrategyView From(StrategyRow s, IReadOnlyList<OrderView>? recentOrders = null) =>
        new(s.StrategyId.Value, s.Kind, s.AccountId.Value, s.Running, s.Parameters, s.OrdersIssued, s.Starts, s.StopReason, s.UpdatedAt, recentOrders);
}
