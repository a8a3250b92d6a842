using Hive.Core.Ids;
using Hive.Core.Strategies;

namespace Hive.Core.Strategies.Instances;

/// <summary>The running strategy submits an order; the entity gives it the next client order id (<c>strategyId-n</c>) and records it before it is sent, so a restart neither loses it nor reuses the id.</summary>
public sealed record IssueOrder(StrategyId StrategyId, StrategyOrder Order, decimal ReferencePrice) : StrategyCommand(StrategyId);
