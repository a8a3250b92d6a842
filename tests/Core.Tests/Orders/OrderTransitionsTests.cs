using Hive.Core.Orders;

namespace Hive.Core.Tests.Orders;

public class OrderTransitionsTests
{
    private static readonly OrderStatus[] Statuses = Enum.GetValues<OrderStatus>();
    private static readonly OrderAction[] Actions = Enum.GetValues<OrderAction>();

    [Fact]
    public void Terminal_states_accept_no_action_at_all()
    {
        foreach (var status in Statuses.Where(OrderTransitions.IsTerminal))
            foreach (var action in Actions)
                Assert.Null(OrderTransitions.Next(status, action, OrderStatus.Accepted));
    }

    [Fact]
    public void Only_submit_leaves_the_none_state_and_submit_is_valid_nowhere_else()
    {
        foreach (var status in Statuses)
            foreach (var action in Actions)
            {
                var allowed = OrderTransitions.Next(status, action, OrderStatus.Accepted) is not null;
                if (status == OrderStatus.None) Assert.Equal(action == OrderAction.Submit, allowed);
                else if (action == OrderAction.Submit) Assert.False(allowed);
            }
    }

    [Fact]
    public void Every_status_is_reachable_from_none()
    {
        var reached = new HashSet<OrderStatus> { OrderStatus.None };
        var frontier = new Queue<OrderStatus>(reached);
        while (frontier.Count > 0)
        {
            var from = frontier.Dequeue();
            foreach (var action in Actions)
                if (OrderTransitions.Next(from, action, OrderStatus.Accepted) is { } to && reached.Add(to))
                    frontier.Enqueue(to);
        }
        Assert.Equal(Statuses.ToHashSet(), reached);
    }

    [Fact]
    public void Every_open_state_can_be_cancelled_filled_and_expired()
    {
        foreach (var status in Statuses.Where(s => s is not OrderStatus.None && !OrderTransitions.IsTerminal(s)))
        {
            Assert.Equal(OrderStatus.Cancelled, OrderTransitions.Next(status, OrderAction.ConfirmCancel, OrderStatus.Accepted));
            Assert.Equal(OrderStatus.Filled, OrderTransitions.Next(status, OrderAction.Fill, OrderStatus.Accepted));
            Assert.Equal(OrderStatus.Expired, OrderTransitions.Next(status, OrderAction.Expire, OrderStatus.Accepted));
        }
    }

    [Fact]
    public void A_refused_cancel_or_replace_returns_to_where_the_order_was()
    {
        Assert.Equal(OrderStatus.Triggered, OrderTransitions.Next(OrderStatus.PendingCancel, OrderAction.RejectCancel, OrderStatus.Triggered));
        Assert.Equal(OrderStatus.PartiallyFilled, OrderTransitions.Next(OrderStatus.PendingReplace, OrderAction.RejectReplace, OrderStatus.PartiallyFilled));
    }
}
