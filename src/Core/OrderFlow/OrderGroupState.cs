using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One order group: the orders whose client order ids hash to it (<see cref="GroupOf"/>), each an
/// <see cref="OrderFlowState"/>, journaled together under the group's persistence id. A command is decided by its
/// order and an event applied to the order it names, so an order behaves exactly as it would alone. The group holds its
/// open orders and the finished ones it has not yet forgotten; <see cref="Forget"/> drops finished orders once the read
/// side holds them, and <see cref="Forgot"/> says that an id the group does not hold may be one of those (a repeat the
/// group must look up on the read side before taking it as new). Pure.
/// </summary>
public sealed record OrderGroupState : IAggregate<OrderGroupState, IOrderFlowCommand, IOrderEvent>, IEntityState
{
    public required string GroupId { get; init; }
    public long Version { get; init; }
    public ImmutableDictionary<ClientOrderId, OrderFlowState> Orders { get; init; } = ImmutableDictionary<ClientOrderId, OrderFlowState>.Empty;
    public bool Forgot { get; init; }

    public static OrderGroupState Empty(string groupId) => new() { GroupId = groupId };

    /// <summary>The group an order belongs to: a stable hash (FNV-1a over the id's characters, the same in every process
    /// and release) of its client order id, modulo the cluster's number of groups, which must therefore never change for a
    /// journal that holds orders.</summary>
    public static string GroupOf(ClientOrderId id, int groups)
    {
        if (groups < 1) throw new ArgumentOutOfRangeException(nameof(groups), groups, "an order region needs at least one group");
        var hash = 2166136261u;
        foreach (var c in id.Value) hash = (hash ^ c) * 16777619u;
        return $"g{hash % (uint)groups:D3}";
    }

    /// <summary>Every order the group holds may rest once none is open (what they still owe is the actor's to add).</summary>
    public bool CanPassivate => Orders.Values.All(o => o.CanPassivate);

    /// <summary>The order as the group holds it; an id it does not hold is an order not placed yet (or forgotten).</summary>
    public OrderFlowState OrderOf(ClientOrderId id) => Orders.TryGetValue(id, out var order) ? order : OrderFlowState.Empty(id);

    public bool Holds(ClientOrderId id) => Orders.ContainsKey(id);

    public Decision<IOrderEvent> Decide(IOrderFlowCommand command, DateTime utcNow)
    {
        if (command is not PlaceOrder && !Holds(command.OrderId) && Forgot)
            return Decision<IOrderEvent>.Reject(TradingRejections.UnknownOrder,
                $"order {command.OrderId} is not working: it was never placed, or it finished long ago (the read side has it)");
        return OrderOf(command.OrderId).Decide(command, utcNow);
    }

    public OrderGroupState Apply(IOrderEvent @event) =>
        this with { Version = Version + 1, Orders = Orders.SetItem(@event.ClientOrderId, OrderOf(@event.ClientOrderId).Apply(@event)) };

    /// <summary>The group without these finished orders. Not an event: every one of them is in the journal and on the read
    /// side, and a recovery that brings one back (from events after the last snapshot) only forgets it again.</summary>
    public OrderGroupState Forget(IEnumerable<ClientOrderId> finished)
    {
        var orders = Orders.ToBuilder();
        foreach (var id in finished)
            if (orders.TryGetValue(id, out var order) && order.Order.IsTerminal) orders.Remove(id);
        return this with { Orders = orders.ToImmutable(), Forgot = true };
    }
}
