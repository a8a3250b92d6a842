using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Core.Accounts;

/// <summary>
/// One account's ledger as pure state: cash per currency, positions, fees, realized P&amp;L, and the
/// buying power held for open orders. Every Decide is idempotent on the key the cluster retries with, and the
/// state stays bounded however long the history: a hold dedupes its order's fills by fill number while open, a numbered
/// fill of an order without an open hold is a repeat, and the last <see cref="ClosedKept"/> closed holds and
/// <see cref="TransfersKept"/> transfer ids are remembered to recognise late repeats of a reserve or a deposit (an order
/// reserves only while it is new, so a repeat later than that window does not occur).
/// </summary>
public sealed partial record AccountState : IAggregate<AccountState, IAccountCommand, IAccountEvent>, IEntityState
{
    // Cost removed from a position on a partial close is rounded to this many places, so every later
    // addition is exact and the ledger identity holds to the last digit.
    private const int CostDecimals = 12;
    public const int ClosedKept = 4096;
    public const int TransfersKept = 1024;

    public required AccountId AccountId { get; init; }
    public bool IsOpen { get; init; }
    public AccountType Type { get; init; }
    public decimal Leverage { get; init; } = 1m;
    public ImmutableDictionary<string, decimal> Cash { get; init; } = ImmutableDictionary<string, decimal>.Empty;
    /// <summary>Capital paid in, per currency: the "initial capital" of the ledger identity.</summary>
    public ImmutableDictionary<string, decimal> Deposits { get; init; } = ImmutableDictionary<string, decimal>.Empty;
    public ImmutableDictionary<string, decimal> Fees { get; init; } = ImmutableDictionary<string, decimal>.Empty;
    public ImmutableDictionary<string, decimal> RealizedPnl { get; init; } = ImmutableDictionary<string, decimal>.Empty;
    public ImmutableDictionary<InstrumentId, Position> Positions { get; init; } = ImmutableDictionary<InstrumentId, Position>.Empty;
    public ImmutableDictionary<ClientOrderId, Reservation> Reservations { get; init; } = ImmutableDictionary<ClientOrderId, Reservation>.Empty;
    /// <summary>Orders whose hold closed lately (fully filled or released): a late repeat of their reserve or a fill must not hold or book twice.</summary>
    public RecentKeys<ClientOrderId> ClosedHolds { get; init; } = RecentKeys<ClientOrderId>.Empty(ClosedKept);
    public RecentKeys<string> AppliedTransfers { get; init; } = RecentKeys<string>.Empty(TransfersKept);
    /// <summary>Limits, trading states and the recent order rate (<see cref="PreTradeRisk"/> checks every reserve against them).</summary>
    public AccountRisk Risk { get; init; } = AccountRisk.Empty;
    /// <summary>The self-trade prevention mode of the account's orders that choose none (null: the venue's default).</summary>
    public SelfTradePrevention? DefaultSelfTradePrevention { get; init; }
    /// <summary>Fills booked over the account's life.</summary>
    public long FillsBooked { get; init; }
    public long Version { get; init; }

    public static AccountState Empty(AccountId id) => new() { AccountId = id };

    /// <summary>An account holding buying power for open orders must stay up (and come back after failover) to settle them.</summary>
    public bool CanPassivate => Reservations.IsEmpty;

    /// <summary>The account without its idempotency windows: all a strategy reads (cash, positions, holds, equity, buying
    /// power), small enough to send to it whatever the account's history.</summary>
    public AccountState ForStrategy() => this with
    {
        ClosedHolds = RecentKeys<ClientOrderId>.Empty(ClosedKept), AppliedTransfers = RecentKeys<string>.Empty(TransfersKept),
    };

    /// <summary>The order as it goes to its venue: with the account's self-trade prevention mode when it chose none.</summary>
    public OrderRequest Routed(OrderRequest order) =>
        order.SelfTradePrevention is null && DefaultSelfTradePrevention is { } mode ? order with { SelfTradePrevention = mode } : order;

    public decimal CashIn(string currency) => Cash.GetValueOrDefault(currency);

    public decimal PositionIn(InstrumentId instrument) => Positions.TryGetValue(instrument, out var p) ? p.Quantity : 0m;

    public Decision<IAccountEvent> Decide(IAccountCommand command, DateTime utcNow)
    {
        if (command.AccountId != AccountId)
            return Decision<IAccountEvent>.Reject(TradingRejections.AccountNotOpen, $"command for account {command.AccountId} was sent to account {AccountId}");
        if (command is OpenAccount open) return DecideOpen(open, utcNow);
        if (!IsOpen)
            return Decision<IAccountEvent>.Reject(TradingRejections.AccountNotOpen, $"account {AccountId} is not open");
        return command switch
        {
            DepositFunds c => DecideDeposit(c, utcNow),
            ReserveBuyingPower c => DecideReserve(c, utcNow),
            // A release of an order that holds nothing is recorded too (once): the order has finished, so a retry of its
            // reserve that arrives later (sent before it was refused) must not hold what no one would ever release.
            ReleaseReservation c => Reservations.ContainsKey(c.ClientOrderId) || !ClosedHolds.Contains(c.ClientOrderId)
                ? Decision<IAccountEvent>.Accept(new ReservationReleased(NextEventId(), AccountId, utcNow, utcNow, c.ClientOrderId, c.Reason))
                : Decision<IAccountEvent>.AlreadyApplied,
            BookExecution c => DecideExecution(c, utcNow),
            SetRiskLimits c => DecideLimits(c, utcNow),
            SetTradingState c => DecideTradingState(c, utcNow),
            SetSelfTradePrevention c => c.Mode == DefaultSelfTradePrevention
                ? Decision<IAccountEvent>.AlreadyApplied
                : Decision<IAccountEvent>.Accept(new SelfTradePreventionSet(NextEventId(), AccountId, utcNow, utcNow, c.Mode)),
            _ => Decision<IAccountEvent>.Reject(TradingRejections.InvalidTransition, $"account {AccountId} does not understand {command.GetType().Name}"),
        };
    }

    private Decision<IAccountEvent> DecideOpen(OpenAccount c, DateTime utcNow)
    {
        if (IsOpen)
            return Type == c.Type && Leverage == c.Leverage
                ? Decision<IAccountEvent>.AlreadyApplied
                : Decision<IAccountEvent>.Reject(TradingRejections.AccountAlreadyOpen, $"account {AccountId} is already open as {Type} x{Leverage}");
        if (c.Leverage < 1m || (c.Type == AccountType.Cash && c.Leverage != 1m))
            return Decision<IAccountEvent>.Reject(TradingRejections.NonPositiveAmount,
                $"leverage {c.Leverage} is invalid for a {c.Type} account (cash accounts: 1; margin: at least 1)");
        return Decision<IAccountEvent>.Accept(new AccountOpened(NextEventId(), AccountId, utcNow, utcNow, c.Type, c.Leverage));
    }

    private Decision<IAccountEvent> DecideDeposit(DepositFunds c, DateTime utcNow)
    {
        if (AppliedTransfers.Contains(c.TransferId)) return Decision<IAccountEvent>.AlreadyApplied;
        if (c.Amount <= 0m)
            return Decision<IAccountEvent>.Reject(TradingRejections.NonPositiveAmount, $"deposit {c.TransferId} of {c.Amount} {c.Currency} must be positive");
        if (string.IsNullOrWhiteSpace(c.Currency))
            return Decision<IAccountEvent>.Reject(TradingRejections.NonPositiveAmount, $"deposit {c.TransferId} has no currency");
        return Decision<IAccountEvent>.Accept(new FundsDeposited(NextEventId(), AccountId, utcNow, utcNow, c.TransferId, c.Currency.ToUpperInvariant(), c.Amount));
    }

    private Decision<IAccountEvent> DecideExecution(BookExecution c, DateTime utcNow)
    {
        var e = c.Execution;
        if (Reservations.TryGetValue(e.ClientOrderId, out var hold))
        {
            if (c.FillNumber <= hold.FillsBooked) return Decision<IAccountEvent>.AlreadyApplied;
            if (c.FillNumber != hold.FillsBooked + 1)
                return Decision<IAccountEvent>.Reject(TradingRejections.FillOutOfOrder,
                    $"fill {c.FillNumber} of order {e.ClientOrderId} arrived before fill {hold.FillsBooked + 1}");
        }
        // Every fill of the order flow is booked while its order holds (the hold closes with the last fill, or is released
        // once every fill was booked), so a numbered fill without an open hold is a repeat: an order that restarted long
        // after it finished sends its fills again, later than any window of closed holds remembers.
        else if (c.FillNumber > 0) return Decision<IAccountEvent>.AlreadyApplied;
        if (e.Quantity <= 0m)
            return Decision<IAccountEvent>.Reject(InstrumentRules.NonPositiveQuantity, $"execution {e.TradeId} quantity {e.Quantity} must be positive");
        if (e.Price <= 0m)
            return Decision<IAccountEvent>.Reject(InstrumentRules.NonPositivePrice, $"execution {e.TradeId} price {e.Price} must be positive");
        if (e.Fee < 0m)
            return Decision<IAccountEvent>.Reject(TradingRejections.NonPositiveAmount, $"execution {e.TradeId} fee {e.Fee} must not be negative");
        // A fill is a fact at the venue: it is booked even if it breaks a limit, so the ledger never disagrees with the venue;
        // a loss rule it breaks moves the account to its breach state with it.
        var booked = new ExecutionBooked(NextEventId(), AccountId, e.ExecutedAt, utcNow, e);
        return Apply(booked).LossTrip(e.InstrumentId, e.ExecutedAt, utcNow) is { } trip
            ? Decision<IAccountEvent>.Accept(booked, trip)
            : Decision<IAccountEvent>.Accept(booked);
    }

    private string NextEventId() => $"{AccountId}#{Version + 1}";

    public AccountState Apply(IAccountEvent @event)
    {
        var next = this with { Version = Version + 1 };
        return @event switch
        {
            AccountOpened e => next with { IsOpen = true, Type = e.Type, Leverage = e.Leverage },
            FundsDeposited e => (next with
            {
                Cash = Add(Cash, e.Currency, e.Amount), Deposits = Add(Deposits, e.Currency, e.Amount),
                AppliedTransfers = AppliedTransfers.Add(e.TransferId),
            }).Watching(this, e.Currency, e.OccurredAt, e.Amount),
            BuyingPowerReserved e => (next with
            {
                Reservations = Reservations.SetItem(e.Reservation.ClientOrderId, e.Reservation), Risk = Risk.Took(e.OccurredAt),
            }).Priced(this, e.Reservation.InstrumentId, e.Mark, e.OccurredAt),
            ReservationReleased e => next with { Reservations = Reservations.Remove(e.ClientOrderId), ClosedHolds = ClosedHolds.Add(e.ClientOrderId) },
            ExecutionBooked e => next.ApplyExecution(e.Execution).Priced(this, e.Execution.InstrumentId, e.Execution.Price, e.OccurredAt),
            RiskLimitsSet e => next with { Risk = Risk.With(e) },
            TradingStateChanged e => (next with { Risk = Risk.With(e) }).Rearmed(e),
            SelfTradePreventionSet e => next with { DefaultSelfTradePrevention = e.Mode },
            _ => this,
        };
    }

    private AccountState ApplyExecution(Execution e)
    {
        var currency = Positions.TryGetValue(e.InstrumentId, out var existing) ? existing.Currency : e.Currency;
        var position = existing ?? new Position(e.InstrumentId, currency, 0m, 0m, 0m);
        var signed = e.Side.Sign() * e.Quantity;
        decimal realized = 0m, quantity = position.Quantity, cost = position.CostBasis;
        if (quantity != 0m && Math.Sign(signed) != Math.Sign(quantity))
        {
            var closed = Math.Min(Math.Abs(signed), Math.Abs(quantity));
            var closedSigned = Math.Sign(quantity) * closed;
            var costRemoved = Math.Round(cost * closed / Math.Abs(quantity), CostDecimals, MidpointRounding.ToEven);
            realized = closedSigned * e.Price - costRemoved;
            quantity -= closedSigned;
            cost -= costRemoved;
            signed += closedSigned;
        }
        quantity += signed;
        cost += signed * e.Price;
        if (quantity == 0m) cost = 0m;

        var updatedPosition = position with { Quantity = quantity, CostBasis = cost, RealizedPnl = position.RealizedPnl + realized };
        var (reservations, holdClosed) = ConsumeReservation(e.ClientOrderId, e.Quantity);
        return this with
        {
            Cash = Add(Add(Cash, currency, -e.Side.Sign() * e.Quantity * e.Price), e.FeeCurrency, -e.Fee),
            Fees = Add(Fees, e.FeeCurrency, e.Fee),
            RealizedPnl = Add(RealizedPnl, currency, realized),
            Positions = Positions.SetItem(e.InstrumentId, updatedPosition),
            Reservations = reservations,
            ClosedHolds = holdClosed ? ClosedHolds.Add(e.ClientOrderId) : ClosedHolds,
            FillsBooked = FillsBooked + 1,
        };
    }

    /// <summary>The hold after a fill of <paramref name="filled"/>, and whether that closed it.</summary>
    private (ImmutableDictionary<ClientOrderId, Reservation>, bool Closed) ConsumeReservation(ClientOrderId order, decimal filled)
    {
        // A fill of an order that never held here (a direct booking) closes nothing.
        if (!Reservations.TryGetValue(order, out var held)) return (Reservations, false);
        var left = held.Quantity - filled;
        if (left <= 0m) return (Reservations.Remove(order), true);
        var amount = Math.Round(held.Amount * left / held.Quantity, CostDecimals, MidpointRounding.ToEven);
        return (Reservations.SetItem(order, held with { Quantity = left, Amount = amount, FillsBooked = held.FillsBooked + 1 }), false);
    }

    private static ImmutableDictionary<string, decimal> Add(ImmutableDictionary<string, decimal> map, string key, decimal amount) =>
        amount == 0m && map.ContainsKey(key) ? map : map.SetItem(key, map.GetValueOrDefault(key) + amount);
}
