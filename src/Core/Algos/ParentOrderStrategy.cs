using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Strategies;

namespace Hive.Core.Algos;

/// <summary>
/// Hosts a <see cref="ParentOrder"/> as a strategy, so a strategy host (the backtester's <see cref="PaperTradingHost"/>)
/// runs its children through the same orders, account and paper venue as any strategy's orders: on each bar of the
/// parent's instrument it reads back what its children's orders did, lets the parent observe the bar and decide, and
/// sends or cancels children. A child the host refuses (no buying power, a venue rule) pauses the parent.
/// </summary>
public sealed class ParentOrderStrategy(ParentOrder parent) : IStrategy
{
    private readonly Dictionary<int, ClientOrderId> _children = new();

    public ParentOrder Parent { get; private set; } = parent;

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Parent.Instrument.Id || !bar.Interval.IsTimeBased) return;
        Sync(context);
        Parent = Parent.Observe(new MarketObservation(bar.OpenTime, bar.CloseTime - bar.OpenTime, bar.Close, bar.Volume));
        Act(context, Parent.Decide());
    }

    public void OnStop(IStrategyContext context)
    {
        Sync(context);
        Act(context, Parent.Close());
    }

    private void Act(IStrategyContext context, (ParentOrder Parent, IReadOnlyList<ChildAction> Actions) decision)
    {
        Parent = decision.Parent;
        var cancelled = false;
        foreach (var action in decision.Actions)
        {
            if (action is CancelChild cancel)
            {
                context.Cancel(_children[cancel.Number]);
                cancelled = true;
                continue;
            }
            var send = (SendChild)action;
            var instrument = Parent.Instrument.Id;
            var side = Parent.Parameters.Side;
            var order = send.LimitPrice is { } price
                ? StrategyOrder.Limit(instrument, side, send.Quantity, price)
                : StrategyOrder.Market(instrument, side, send.Quantity);
            var ticket = context.Submit(order);
            _children[send.Number] = ticket.ClientOrderId;
            if (ticket.Rejection is { } refused) Parent = Parent.OnChildRefused(send.Number, refused.ToString());
        }
        // A withdrawal is confirmed at once here; the replacement goes out in the same bar.
        if (cancelled)
        {
            Sync(context);
            Act(context, Parent.Decide());
        }
    }

    private void Sync(IStrategyContext context)
    {
        foreach (var number in Parent.Open)
        {
            var child = Parent.Children[number - 1];
            if (!_children.TryGetValue(child.Number, out var id) || context.GetOrder(id) is not { } order) continue;
            Parent = order.Status is OrderStatus.Rejected or OrderStatus.Denied
                ? Parent.OnChildRefused(child.Number, order.RejectionCode ?? "rejected")
                : Parent.OnChildProgress(child.Number, order.FilledQuantity, order.AverageFillPrice, order.Fees, order.IsOpen);
        }
    }
}
