using Hive.Core.Domain;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.OrderFlow;

public sealed partial record OrderFlowState
{
    /// <summary>
    /// The messages this order still owes, in flow order, given what its counterparts confirmed: until the venue has
    /// answered, the hold to the account (which forwards the order to the venue once held); then, while the order works,
    /// the order to its venue with its progress (a poll that fetches missed reports and lets a venue that lost its book
    /// take it back); cancel or replace attempts; fills not yet booked; and, once finished with every fill booked, the
    /// release of what the hold has left (a fully filled order's hold was consumed by its fills).
    /// </summary>
    public IReadOnlyList<IHiveMessage> Outbox(OrderDelivery delivery)
    {
        if (Order.Request is not { } request) return [];
        if (Order.Status == OrderStatus.New) return [new ReserveBuyingPower(request, Currency ?? "", ReferencePrice, ReserveFeeRate, MarketPrice)];
        var owed = new List<IHiveMessage>();
        if (Order.IsOpen) owed.Add(new RouteOrder(request, delivery.VenueReportsApplied, Progress));
        if (Order.Status == OrderStatus.PendingCancel)
            owed.Add(new RouteCancel(request.InstrumentId, ClientOrderId, CancelAttempts, delivery.VenueReportsApplied));
        if (Order.Status == OrderStatus.PendingReplace && Order.PendingReplace is { } replace)
            owed.Add(new RouteReplace(request.InstrumentId, ClientOrderId, ReplaceAttempts, replace.Quantity, replace.LimitPrice, replace.StopPrice,
                delivery.VenueReportsApplied));
        for (var n = delivery.FillsBooked; n < Fills.Count; n++) owed.Add(new BookExecution(Fills[n], n + 1));
        // Released only after every fill is booked: a release that overtook a fill would hand the fill's buying
        // power to other orders while the fill's cost was not yet in the ledger.
        var holdConsumed = Order.Status == OrderStatus.Filled && Order.FilledQuantity >= request.Quantity;
        if (Order.IsTerminal && !holdConsumed && !delivery.Released && delivery.FillsBooked >= Fills.Count)
            owed.Add(new ReleaseReservation(request.AccountId, ClientOrderId, Order.Status.ToString()));
        return owed;
    }

    /// <summary>What the strategy that placed the order has not been told: sent when a fill is booked or the order has
    /// finished with every fill booked (not on every step), once; a strategy that wants to know again places the order
    /// again. Only booked fills are told, with the account version that booked each, so the strategy can tell which of
    /// them a view of the account already includes.</summary>
    public OrderUpdate? StrategyUpdate(OrderDelivery delivery)
    {
        if (Order.Request?.StrategyId is not { } strategy || News(delivery) <= delivery.StrategyTold) return null;
        var booked = Math.Min(delivery.FillsBooked, Fills.Count);
        return new OrderUpdate(strategy, Order, Fills.GetRange(0, booked), delivery.BookedAt.GetRange(0, booked));
    }

    /// <summary>The delivery after the strategy was told the current state.</summary>
    public OrderDelivery ToldStrategy(OrderDelivery delivery) => delivery with { StrategyTold = News(delivery) };

    private int News(OrderDelivery delivery)
    {
        var booked = Math.Min(delivery.FillsBooked, Fills.Count);
        return booked + (Order.IsTerminal && booked == Fills.Count ? 1 : 0);
    }

    private WorkingOrderProgress Progress =>
        new(Order.Quantity, Order.LimitPrice, Order.StopPrice, Order.FilledQuantity, Fills.Count,
            Order.Status == OrderStatus.Triggered || Order.StatusBeforePending == OrderStatus.Triggered
            || (Fills.Count > 0 && Order.Request!.Type is OrderType.Stop or OrderType.StopLimit or OrderType.TrailingStop));
}
