using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Accounts;

/// <summary>
/// An account's ledger: cash per currency, reservations for open orders, and the transfer ids already
/// applied (so a retried credit or debit changes nothing). Pure: see <see cref="IAggregate{TSelf,TCommand,TEvent}"/>.
/// </summary>
public sealed record AccountState(
    AccountId AccountId,
    long Version,
    ImmutableSortedDictionary<string, decimal> Cash,
    ImmutableSortedDictionary<string, Reservation> ReservedBuyingPower,
    ImmutableHashSet<string> AppliedTransfers) : IAggregate<AccountState, AccountCommand, AccountEvent>, IEntityState
{
    public static AccountState Empty(AccountId id) => new(id, 0,
        ImmutableSortedDictionary<string, decimal>.Empty, ImmutableSortedDictionary<string, Reservation>.Empty,
        ImmutableHashSet<string>.Empty);

    /// <summary>An account with open orders must stay up (and come back after failover) to settle them.</summary>
    public bool CanPassivate => ReservedBuyingPower.IsEmpty;

    public decimal CashIn(string currency) => Cash.GetValueOrDefault(currency);

    public decimal ReservedIn(string currency) =>
        ReservedBuyingPower.Values.Where(r => r.Currency == currency).Sum(r => r.Amount);

    public decimal AvailableIn(string currency) => CashIn(currency) - ReservedIn(currency);

    public Decision<AccountEvent> Decide(AccountCommand command, DateTime utcNow)
    {
        if (command.AccountId != AccountId)
            return Decision<AccountEvent>.Reject("wrong-entity", $"command for account {command.AccountId} reached account {AccountId}");
        var id = $"{AccountId}:{Version + 1}";
        switch (command)
        {
            case CreditCash c:
                if (AppliedTransfers.Contains(c.TransferId)) return Decision<AccountEvent>.AlreadyApplied;
                if (Validate(c.TransferId, c.Currency, c.Amount) is { } badCredit) return Reject(badCredit);
                return Decision<AccountEvent>.Accept(new CashCredited(id, utcNow, utcNow, AccountId, c.TransferId, c.Currency, c.Amount));
            case DebitCash d:
                if (AppliedTransfers.Contains(d.TransferId)) return Decision<AccountEvent>.AlreadyApplied;
                if (Validate(d.TransferId, d.Currency, d.Amount) is { } badDebit) return Reject(badDebit);
                if (AvailableIn(d.Currency) < d.Amount)
                    return Decision<AccountEvent>.Reject("insufficient-funds",
                        $"debit of {d.Amount} {d.Currency} exceeds available {AvailableIn(d.Currency)} {d.Currency}");
                return Decision<AccountEvent>.Accept(new CashDebited(id, utcNow, utcNow, AccountId, d.TransferId, d.Currency, d.Amount));
            case ReserveFunds r:
                // A default ClientOrderId has a null Value, which the dictionary would throw on; Validate refuses it.
                if (r.OrderId.Value is not null && ReservedBuyingPower.TryGetValue(r.OrderId.Value, out var existing))
                    return existing == new Reservation(r.Currency, r.Amount)
                        ? Decision<AccountEvent>.AlreadyApplied
                        : Decision<AccountEvent>.Reject("reservation-conflict",
                            $"order {r.OrderId} already reserved {existing.Amount} {existing.Currency}");
                if (Validate(r.OrderId.Value, r.Currency, r.Amount) is { } badReserve) return Reject(badReserve);
                if (AvailableIn(r.Currency) < r.Amount)
                    return Decision<AccountEvent>.Reject("insufficient-buying-power",
                        $"order {r.OrderId} needs {r.Amount} {r.Currency}, available {AvailableIn(r.Currency)} {r.Currency}");
                return Decision<AccountEvent>.Accept(new FundsReserved(id, utcNow, utcNow, AccountId, r.OrderId, r.Currency, r.Amount));
            case ReleaseFunds rel:
                return rel.OrderId.Value is not null && ReservedBuyingPower.TryGetValue(rel.OrderId.Value, out var held)
                    ? Decision<AccountEvent>.Accept(new FundsReleased(id, utcNow, utcNow, AccountId, rel.OrderId, held.Currency, held.Amount))
                    : Decision<AccountEvent>.AlreadyApplied;
            default:
                return Decision<AccountEvent>.Reject("unknown-command", $"account cannot handle {command.GetType().Name}");
        }
    }

    public AccountState Apply(AccountEvent @event) => @event switch
    {
        CashCredited c => this with
        {
            Version = Version + 1,
            Cash = Cash.SetItem(c.Currency, CashIn(c.Currency) + c.Amount),
            AppliedTransfers = AppliedTransfers.Add(c.TransferId),
        },
        CashDebited d => this with
        {
            Version = Version + 1,
            Cash = Cash.SetItem(d.Currency, CashIn(d.Currency) - d.Amount),
            AppliedTransfers = AppliedTransfers.Add(d.TransferId),
        },
        FundsReserved r => this with
        {
            Version = Version + 1,
            ReservedBuyingPower = ReservedBuyingPower.SetItem(r.OrderId.Value, new Reservation(r.Currency, r.Amount)),
        },
        FundsReleased rel => this with
        {
            Version = Version + 1,
            ReservedBuyingPower = ReservedBuyingPower.Remove(rel.OrderId.Value),
        },
        _ => throw new InvalidOperationException($"account cannot apply {@event.GetType().Name}"),
    };

    private static Rejection? Validate(string? key, string currency, decimal amount) =>
        (string.IsNullOrWhiteSpace(key) ? new Rejection("missing-key", "transfer or order id is empty") : null)
        ?? Money.CheckCurrency(currency)
        ?? Money.CheckPositive(amount, "amount");

    private static Decision<AccountEvent> Reject(Rejection rejection) =>
        Decision<AccountEvent>.Reject(rejection.Code, rejection.Message);
}
