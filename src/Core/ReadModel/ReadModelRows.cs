using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>The stored rows a batch starts from (those of <see cref="ReadModelKeys"/> that exist).</summary>
public sealed record ReadModelRows(
    IReadOnlyDictionary<ClientOrderId, OrderRow> Orders,
    IReadOnlyDictionary<AccountId, AccountRow> Accounts,
    IReadOnlyDictionary<StrategyId, StrategyRow> Strategies,
    IReadOnlyDictionary<AlgoId, AlgoRow> Algos)
{
    public static ReadModelRows None { get; } = new(
        new Dictionary<ClientOrderId, OrderRow>(), new Dictionary<AccountId, AccountRow>(), new Dictionary<StrategyId, StrategyRow>(),
        new Dictionary<AlgoId, AlgoRow>());
}
