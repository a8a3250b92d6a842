using Hive.Core.Ids;
using Hive.Core.Strategies.Instances;

namespace Hive.TestSupport;

/// <summary>Every order a strategy instance has issued: its ids count up from 1 (<see cref="StrategyState.NextOrderId"/>).</summary>
public static class StrategyOrders
{
    public static IEnumerable<ClientOrderId> Of(StrategyState state) =>
        Enumerable.Range(1, state.OrdersIssued).Select(n => new ClientOrderId($"{state.StrategyId}-{n}"));
}
