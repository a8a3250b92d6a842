using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy entity learned these orders finished; it records them in one event.</summary>
public sealed record CloseOrders(StrategyId StrategyId, IReadOnlyList<ClientOrderId> Orders) : StrategyCommand(StrategyId);
