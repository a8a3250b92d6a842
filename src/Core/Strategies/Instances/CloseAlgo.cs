using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>The strategy's entity learned that a parent it issued is finished (or was refused): it leaves the working list.</summary>
public sealed record CloseAlgo(StrategyId StrategyId, AlgoId AlgoId) : StrategyCommand(StrategyId);
