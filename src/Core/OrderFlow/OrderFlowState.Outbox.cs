using Hive.Core.Domain;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

public sealed partial record OrderFlowState
{
    /// <summary>
    /// The messages this order still owes, in flow order: the hold to the account; then the order to its
    /// venue (repeated while the order works: it also fetches reports the order missed); cancel or replace
    /// attempts; fills to book; and, once finished and every fill booked, the release of whatever the hold has left.
    /// </summary>
    public IReadOnlyList<IHiveMessage> Outbox()
    {
        if (Order.Request is not { } request) return [];
        if (!Reserved)
            return Order.Status == OrderStatus.New
                ? [new ReserveBuyingPower(request, Currency ?? "", ReferencePrice, ReserveFeeRate)]
                : [];
        var owed = new List<IHiveMessage>();
        if (Order.IsOpen) owed.Add(new RouteOrder(request, VenueReportsApplied));
        if (Order.Status == OrderStatus.PendingCancel && VenueReportsApplied > 0)
            owed.Add(new RouteCancel(request.InstrumentId, ClientOrderId, CancelAttempts, VenueReportsApplied));
        if (Order.Status == OrderStatus.PendingReplace && Order.PendingReplace is { } replace)
            owed.Add(new RouteReplace(request.InstrumentId, ClientOrderId, ReplaceAttempts, replace.Quantity, replace.LimitPrice, replace.StopPrice,
                VenueReportsApplied));
        var unbooked = 0;
        foreach (var fill in Fills)
            if (!BookedFills.Contains(fill.TradeId))
            {
                owed.Add(new BookExecution(fill));
                unbooked++;
            }
        // Released only after every fill is booked: a release that overtook a fill would hand the fill's buying
        // power to other orders while the fill's cost was not yet in the ledger.
        if (Order.IsTerminal && !Released && unbooked == 0)
            owed.Add(new ReleaseReservation(request.AccountId, ClientOrderId, Order.Status.ToString()));
        return owed;
    }
}
