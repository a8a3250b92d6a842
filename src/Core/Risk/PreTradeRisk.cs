using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Risk;

/// <summary>
/// The pre-trade risk check the account runs on every order before it holds buying power (and the backtester runs the
/// same): trading state, loss rules (daily loss, drawdown), order size and notional, price collar, open orders, resulting
/// position, gross and net exposure, order rate. It fails
/// closed: an order whose risk cannot be evaluated (numbers that overflow) is denied, never waved through; a market order
/// without a price never gets this far (its hold cannot be sized). Returns the denial (its code one of <see cref="RiskDenials"/>, its message naming the limit and
/// the numbers), or null when the order may go on. Pure, and it never throws.
/// </summary>
public static class PreTradeRisk
{
    public static Rejection? Check(AccountState account, ReserveBuyingPower c, DateTime at)
    {
        try
        {
            return Evaluate(account, c, at);
        }
        catch (OverflowException)
        {
            return Deny(RiskDenials.RiskNotEvaluable, $"order {c.Order.ClientOrderId}: its risk overflows decimal arithmetic ({c.Order.Quantity} at {AccountState.HoldPrice(c)})");
        }
    }

    private static Rejection? Evaluate(AccountState account, ReserveBuyingPower c, DateTime at)
    {
        var order = c.Order;
        var risk = account.Risk;
        var limits = risk.LimitsFor(order.StrategyId, order.InstrumentId);
        var held = account.PositionIn(order.InstrumentId);
        var after = held + order.Side.Sign() * order.Quantity;
        // Reduces: against the position and no larger than it (an order through zero opens the other side).
        var reduces = held != 0m && order.Side.Sign() == -Math.Sign(held) && order.Quantity <= Math.Abs(held);
        // Named only in a denial's message: built then, so a check that passes allocates nothing.
        string Scope() => order.StrategyId is { } s ? $"strategy {s} on account {account.AccountId}" : $"account {account.AccountId}";

        // A state a loss rule set denies with the rule's code.
        var state = risk.StateFor(order.StrategyId);
        var cause = state == risk.State ? risk.StateCause : null;
        switch (state)
        {
            case TradingState.Halted:
                return Deny(cause ?? RiskDenials.TradingHalted, $"{Scope()} is halted{Because(risk)}: order {order.ClientOrderId} is not taken");
            case TradingState.Reducing when !reduces:
                return Deny(cause ?? RiskDenials.ReduceOnly,
                    $"{Scope()} only reduces positions{Because(risk)}: order {order.ClientOrderId} would take {order.InstrumentId} from {held} to {after}");
        }

        var price = AccountState.HoldPrice(c);
        var accountLimits = risk.Limits ?? RiskLimits.Defaults;
        var exposure = Exposure.Of(account, c.Currency, order.InstrumentId, c.MarketPrice is > 0m ? c.MarketPrice.Value : price, after * price);
        // A breach the newest price shows, before the account moved: a breach state that still lets orders reduce lets this one.
        if (risk.Watches.TryGetValue(c.Currency, out var watch)
            && watch.Breach(accountLimits, account.AccountId, c.Currency, at, exposure.SettledEquity, exposure.Equity) is { } breach
            && !(reduces && accountLimits.BreachState == TradingState.Reducing))
            return breach;

        if (order.Quantity > limits.MaxOrderQuantity)
            return Deny(RiskDenials.MaxOrderQuantity, $"order {order.ClientOrderId} for {order.Quantity} is above the maximum order quantity {limits.MaxOrderQuantity} of {Scope()}");

        var notional = order.Quantity * price;
        if (notional > limits.MaxOrderNotional)
            return Deny(RiskDenials.MaxOrderNotional,
                $"order {order.ClientOrderId} for {order.Quantity} at {price} is {notional} {c.Currency}, above the maximum order notional {limits.MaxOrderNotional} of {Scope()}");

        // The collar is anchored to the venue's last price; before the venue has one there is nothing to collar against
        // (the order's notional and position are still limited at its own price).
        if (limits.PriceCollar is { } collar && (order.LimitPrice ?? order.StopPrice) is { } own && c.MarketPrice is > 0m)
        {
            var distance = Math.Abs(own - c.MarketPrice.Value) / c.MarketPrice.Value;
            if (distance > collar)
                return Deny(RiskDenials.PriceOutsideCollar,
                    $"order {order.ClientOrderId} at {own} is {distance:P1} from the last price {c.MarketPrice} of {order.InstrumentId}, outside the {collar:P0} collar of {Scope()}");
        }

        if (account.Reservations.Count >= limits.MaxOpenOrders)
            return Deny(RiskDenials.MaxOpenOrders, $"{Scope()} has {account.Reservations.Count} open orders, the most it may have ({limits.MaxOpenOrders}): order {order.ClientOrderId} is not taken");

        if (!reduces)
        {
            if (Math.Abs(after) > limits.MaxPositionQuantity)
                return Deny(RiskDenials.MaxPosition,
                    $"order {order.ClientOrderId} would take the position in {order.InstrumentId} from {held} to {after}, beyond the maximum {limits.MaxPositionQuantity} of {Scope()}");
            if (Math.Abs(after) * price > limits.MaxPositionNotional)
                return Deny(RiskDenials.MaxPosition,
                    $"order {order.ClientOrderId} would take the position in {order.InstrumentId} to {after} = {Math.Abs(after) * price} {c.Currency} at {price}, beyond the maximum {limits.MaxPositionNotional} of {Scope()}");
        }

        if (!reduces && (accountLimits.MaxGrossExposure is not null || accountLimits.MaxNetExposure is not null))
        {
            if (exposure.Equity <= 0m)
                return Deny(accountLimits.MaxGrossExposure is not null ? RiskDenials.MaxGrossExposure : RiskDenials.MaxNetExposure,
                    $"account {account.AccountId} has equity {exposure.Equity} {c.Currency}: no exposure is allowed, order {order.ClientOrderId} is not taken");
            if (accountLimits.MaxGrossExposure is { } gross && exposure.Gross > gross * exposure.Equity)
                return Deny(RiskDenials.MaxGrossExposure,
                    $"order {order.ClientOrderId} would take the gross exposure of account {account.AccountId} to {exposure.Gross} {c.Currency} = {exposure.Gross / exposure.Equity:0.###} x its equity {exposure.Equity}, beyond the maximum {gross} x");
            if (accountLimits.MaxNetExposure is { } net && Math.Abs(exposure.Net) > net * exposure.Equity)
                return Deny(RiskDenials.MaxNetExposure,
                    $"order {order.ClientOrderId} would take the net exposure of account {account.AccountId} to {exposure.Net} {c.Currency} = {Math.Abs(exposure.Net) / exposure.Equity:0.###} x its equity {exposure.Equity}, beyond the maximum {net} x");
        }

        if (limits.MaxOrdersPerSecond is { } rate && risk.OrdersWithin(at) is var taken && taken >= rate)
            return Deny(RiskDenials.OrderRateExceeded, $"{Scope()} took {taken} orders in the last second, its limit is {rate}: order {order.ClientOrderId} is not taken");

        return null;
    }

    private static string Because(AccountRisk risk) => risk.StateReason is { Length: > 0 } reason ? $" ({reason})" : "";

    private static Rejection Deny(string code, string message) => new(code, message);
}
