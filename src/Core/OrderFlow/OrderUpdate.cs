using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>Tells the strategy that placed an order where the order stands now, with every fill so far; re-sent until acknowledged, so the strategy ignores versions it has seen.</summary>
public sealed record OrderUpdate(StrategyId StrategyId, OrderState Order, IReadOnlyList<Execution> Fills) : IWithStrategyId;
