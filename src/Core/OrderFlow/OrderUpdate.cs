using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.OrderFlow;

/// <summary>Tells the strategy that placed an order where the order stands now, with every booked fill so far and the account version that booked each: sent when a fill was booked or the order finished, and in answer to the strategy placing it again; the strategy ignores versions it has seen. The strategy's one channel for its fills.</summary>
public sealed record OrderUpdate(StrategyId StrategyId, OrderState Order, IReadOnlyList<Execution> Fills, IReadOnlyList<long> BookedAt) : IWithStrategyId;
