using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>The rows a batch of events touches: what the store loads before folding the batch.</summary>
public sealed record ReadModelKeys(IReadOnlySet<ClientOrderId> Orders, IReadOnlySet<AccountId> Accounts, IReadOnlySet<StrategyId> Strategies,
    IReadOnlySet<AlgoId> Algos);
