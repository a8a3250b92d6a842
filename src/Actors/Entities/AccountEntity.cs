using Akka.Actor;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;

namespace Hive.Actors.Entities;

/// <summary>
/// An account's ledger (<see cref="AccountState"/>). Order entities talk to it with the flow's commands
/// (reserve, book a fill, release) and get the flow's answers back, so they can tell a confirmation from a
/// refusal without correlation ids; everything else is answered with the generic accepted/rejected replies.
/// </summary>
public sealed class AccountEntity(string entityId, EntitySettings settings)
    : EntityActor<AccountState, IAccountCommand, IAccountEvent, GetAccount>(
        RegionNames.Account, entityId, AccountState.Empty(new AccountId(entityId)), settings)
{
    protected override void Reply(IActorRef to, IAccountCommand command, Rejection? rejection, bool duplicate)
    {
        switch (command)
        {
            case ReserveBuyingPower r:
                to.Tell(rejection is null
                    ? new ReservationConfirmed(r.Order.ClientOrderId)
                    : new ReservationRefused(r.Order.ClientOrderId, rejection.Code, rejection.Message));
                break;
            case BookExecution b:
                to.Tell(new FillBooked(b.Execution.ClientOrderId, b.Execution.TradeId, rejection?.Code));
                break;
            case ReleaseReservation r:
                // Refused only when the account is not open, in which case it holds nothing for the order either.
                to.Tell(new ReleaseConfirmed(r.ClientOrderId));
                break;
            default:
                base.Reply(to, command, rejection, duplicate);
                break;
        }
    }
}
