using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Core.Accounts;

public sealed partial record AccountState
{
    /// <summary>Cash and exposure held for open orders in one currency.</summary>
    public decimal ReservedIn(string currency)
    {
        var total = 0m;
        // The dictionary's own (struct) enumerator: its Values iterator was a sixth of the order path's CPU.
        foreach (var (_, r) in Reservations)
            if (r.Currency == currency) total += r.Amount;
        return total;
    }

    /// <summary>Position units held by open sell orders of a cash account (they cannot be sold twice).</summary>
    public decimal ReservedToSell(InstrumentId instrument)
    {
        var total = 0m;
        foreach (var (_, r) in Reservations)
            if (r.InstrumentId == instrument && r.Side == OrderSide.Sell) total += r.Quantity;
        return total;
    }

    /// <summary>
    /// What a new order may still use, in one currency. Cash account: cash not held for open buys.
    /// Margin account: equity at cost x leverage, less the gross exposure of positions and holds.
    /// Marking at cost keeps Decide pure (no market data in the account); risk checks that need live
    /// marks take them as input.
    /// </summary>
    public decimal BuyingPower(string currency)
    {
        if (Type == AccountType.Cash) return CashIn(currency) - ReservedIn(currency);
        decimal equity = CashIn(currency), gross = 0m;
        foreach (var (_, p) in Positions)
        {
            if (p.Currency != currency) continue;
            equity += p.CostBasis;
            gross += Math.Abs(p.CostBasis);
        }
        return equity * Leverage - gross - ReservedIn(currency);
    }

    /// <summary>Cash plus positions marked at the given prices (positions without a mark count at cost).</summary>
    public decimal Equity(string currency, IReadOnlyDictionary<InstrumentId, decimal> marks)
    {
        var equity = CashIn(currency);
        foreach (var (_, p) in Positions)
            if (p.Currency == currency)
                equity += marks.TryGetValue(p.InstrumentId, out var mark) ? p.MarketValue(mark) : p.CostBasis;
        return equity;
    }

    public decimal UnrealizedPnl(string currency, IReadOnlyDictionary<InstrumentId, decimal> marks)
    {
        var total = 0m;
        foreach (var (_, p) in Positions)
            if (p.Currency == currency && marks.TryGetValue(p.InstrumentId, out var mark))
                total += p.UnrealizedPnl(mark);
        return total;
    }

    private Decision<IAccountEvent> DecideReserve(ReserveBuyingPower c, DateTime utcNow)
    {
        var order = c.Order;
        if (Reservations.ContainsKey(order.ClientOrderId) || ClosedHolds.Contains(order.ClientOrderId))
            return Decision<IAccountEvent>.AlreadyApplied;
        if (order.Quantity <= 0m)
            return Decision<IAccountEvent>.Reject(Instruments.InstrumentRules.NonPositiveQuantity, $"order {order.ClientOrderId} quantity {order.Quantity} must be positive");
        if (c.ReferencePrice <= 0m)
            return Decision<IAccountEvent>.Reject(Instruments.InstrumentRules.NonPositivePrice,
                $"order {order.ClientOrderId} needs a positive reference price to size its hold, got {c.ReferencePrice}");
        if (PreTradeRisk.Check(this, c, utcNow) is { } denied) return Decision<IAccountEvent>.Reject(denied.Code, denied.Message);

        var currency = c.Currency;
        var held = PositionIn(order.InstrumentId);
        var signed = order.Side.Sign() * order.Quantity;
        var reducing = held != 0m && Math.Sign(held) != Math.Sign(signed);
        var closing = reducing ? Math.Min(order.Quantity, Math.Abs(held)) : 0m;
        var opening = order.Quantity - closing;
        if (order.ReduceOnly && opening > 0m)
            return Decision<IAccountEvent>.Reject(TradingRejections.ReduceOnlyWouldIncrease,
                $"reduce-only order {order.ClientOrderId} for {order.Quantity} would open {opening} beyond the position of {held} in {order.InstrumentId}");

        Reservation reservation;
        if (Type == AccountType.Cash)
        {
            if (order.Side == OrderSide.Sell)
            {
                var sellable = held - ReservedToSell(order.InstrumentId);
                if (order.Quantity > sellable)
                    return Decision<IAccountEvent>.Reject(TradingRejections.ShortSaleNotAllowed,
                        $"cash account {AccountId} can sell at most {sellable} of {order.InstrumentId} (holds {held}), not {order.Quantity}");
                reservation = new Reservation(order.ClientOrderId, order.InstrumentId, currency, order.Side, order.Quantity, 0m, Strategy: order.StrategyId);
            }
            else reservation = Hold(c, currency, order.Quantity);
        }
        else reservation = Hold(c, currency, opening) with { Quantity = order.Quantity };

        if (reservation.Amount > 0m && reservation.Amount > BuyingPower(currency))
            return Decision<IAccountEvent>.Reject(TradingRejections.InsufficientBuyingPower,
                $"order {order.ClientOrderId} needs {reservation.Amount} {currency} but account {AccountId} has {BuyingPower(currency)} of buying power");
        return Decision<IAccountEvent>.Accept(new BuyingPowerReserved(NextEventId(), AccountId, utcNow, utcNow, reservation, c.MarketPrice));
    }

    private static Reservation Hold(ReserveBuyingPower c, string currency, decimal quantity) =>
        new(c.Order.ClientOrderId, c.Order.InstrumentId, currency, c.Order.Side, quantity,
            quantity * HoldPrice(c) * (1m + c.FeeRate), Strategy: c.Order.StrategyId);

    /// <summary>The price a hold is sized at: never below what the order can cost. A limit (or stop) price bounds the fill
    /// price of a limit order, so a caller's lower reference price cannot shrink the hold below quantity x limit; a market
    /// order has only the reference (the venue's last price, or a caller's higher one).</summary>
    public static decimal HoldPrice(ReserveBuyingPower c) =>
        Math.Max(c.ReferencePrice, Math.Max(c.Order.LimitPrice ?? 0m, c.Order.StopPrice ?? 0m));
}
