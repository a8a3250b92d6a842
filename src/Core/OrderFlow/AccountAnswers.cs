using Hive.Core.Domain;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.OrderFlow;

/// <summary>
/// What the account entity sends once a flow command's events are stored: a hold it holds is forwarded to the venue as
/// the order's first route (the account is the pre-trade gate on the way there), a refused hold goes back to the order,
/// bookings and releases are confirmed to the order. Null for commands that get the generic accepted/rejected reply.
/// </summary>
public static class AccountAnswers
{
    public static IReadOnlyList<IHiveMessage>? For(IAccountCommand command, Rejection? rejection, AccountState after) => command switch
    {
        ReserveBuyingPower r when rejection is not null => [new ReservationRefused(r.Order.ClientOrderId, rejection.Code, rejection.Message)],
        // A repeat while the hold is open routes again (the first route may be lost); a repeat of a closed hold is stale. The
        // venue checks self-trades on a new order only, and a new order reaches it only this way, so the account's default
        // prevention mode is filled in here.
        ReserveBuyingPower r => after.Reservations.ContainsKey(r.Order.ClientOrderId) ? [new RouteOrder(after.Routed(r.Order), 0)] : [],
        BookExecution b => [new FillBooked(b.Execution.ClientOrderId, b.Execution.TradeId, b.FillNumber, after.Version, rejection?.Code)],
        // Refused only when the account is not open, in which case it holds nothing for the order either.
        ReleaseReservation r => [new ReleaseConfirmed(r.ClientOrderId)],
        _ => null,
    };
}
