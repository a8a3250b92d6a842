using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>A running strategy's progress through its market data: bars seen since it (re)started, the last bar's
/// close time, its orders not yet finished as far as it knows, and how many orders it has issued (including any whose
/// record is still being written). <see cref="Running"/> is false when no strategy runs.</summary>
public sealed record StrategyProgress(StrategyId StrategyId, bool Running, long BarsSeen, DateTime? LastBarClose, int OpenOrders, int OrdersIssued) : IHiveMessage;
