using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Venues;

/// <summary>
/// Self-trade prevention. The paper venue never matches orders with each other, but an exchange would match an incoming
/// order with a resting opposite order of the same account that it crosses; here both would fill on the next bar, one
/// account trading with itself. An incoming order whose mode (its own, else the venue's default) is not
/// <see cref="SelfTradePrevention.None"/> is checked against the account's working orders on the other side: those in the
/// book (a limit or market order, a triggered stop) that it crosses (either has no limit, or the buy's limit is at or
/// above the sell's). The mode says which side is cancelled, with code <see cref="TradingRejections.SelfTradePrevented"/>.
/// Only new orders are checked: an order taken back after a restart (<see cref="Resume"/>) passed the check when it came,
/// and a replace is not checked (a replaced price that crosses a resting order of the same account is let through).
/// </summary>
public sealed partial class PaperVenue
{
    /// <summary>Cancels or shrinks what the mode says; answers the quantity the incoming order works with (0: it was
    /// cancelled and must not work) and, when that is less than it asked for, why.</summary>
    private (decimal Quantity, string? Decremented) PreventSelfTrade(PaperMarket market, OrderRequest incoming)
    {
        var mode = incoming.SelfTradePrevention ?? Settings.SelfTradePrevention;
        if (mode == SelfTradePrevention.None || BookPrice(incoming.Type, incoming.LimitPrice, triggered: false) is not { } incomingPrice)
            return (incoming.Quantity, null);
        var crossed = market.Working.Where(r => r.Request.AccountId == incoming.AccountId && r.Request.Side != incoming.Side
            && BookPrice(r.Request.Type, r.LimitPrice, r.Triggered) is { } restingPrice && Crosses(incoming.Side, incomingPrice, restingPrice)).ToList();
        if (crossed.Count == 0) return (incoming.Quantity, null);
        var code = TradingRejections.SelfTradePrevented;
        var makerReason = $"{code}: incoming order {incoming.ClientOrderId} of the same account would trade with it ({Describe(mode)})";
        var takerReason = $"{code}: it would trade with resting order(s) {string.Join(", ", crossed.Select(m => m.Request.ClientOrderId))} " +
                          $"of the same account ({Describe(mode)})";
        if (mode == SelfTradePrevention.Decrement) return Decrement(incoming, crossed, makerReason, takerReason);
        if (mode is SelfTradePrevention.ExpireMaker or SelfTradePrevention.ExpireBoth)
            foreach (var maker in crossed) CancelForSelfTrade(maker, makerReason);
        if (mode is SelfTradePrevention.ExpireMaker) return (incoming.Quantity, null);
        _updates.Add(new ConfirmCancel(incoming.ClientOrderId, takerReason, code));
        return (0m, null);
    }

    /// <summary>Takes the quantity the orders would have traded from both sides, resting orders in the venue's order.</summary>
    private (decimal Quantity, string? Decremented) Decrement(OrderRequest incoming, List<PaperOrder> crossed, string makerReason, string takerReason)
    {
        var leaves = incoming.Quantity;
        foreach (var maker in crossed.TakeWhile(_ => leaves > 0m))
        {
            var overlap = Math.Min(leaves, maker.Leaves);
            leaves -= overlap;
            if (overlap == maker.Leaves) CancelForSelfTrade(maker, makerReason);
            else
            {
                maker.Quantity -= overlap;
                _updates.Add(new DecrementOrder(maker.Request.ClientOrderId, maker.Quantity, TradingRejections.SelfTradePrevented, makerReason));
            }
        }
        if (leaves > 0m) return (leaves, takerReason);
        _updates.Add(new ConfirmCancel(incoming.ClientOrderId, takerReason, TradingRejections.SelfTradePrevented));
        return (0m, null);
    }

    private void CancelForSelfTrade(PaperOrder maker, string reason)
    {
        Remove(maker);
        _updates.Add(new ConfirmCancel(maker.Request.ClientOrderId, reason, TradingRejections.SelfTradePrevented));
    }

    /// <summary>The price an order is in the book at: its limit, or <see cref="decimal.MaxValue"/> standing for "any price"
    /// (a market order, a triggered stop); null while a stop waits for its trigger (it is not in the book).</summary>
    private static decimal? BookPrice(OrderType type, decimal? limit, bool triggered) => type switch
    {
        OrderType.Market => decimal.MaxValue,
        OrderType.Limit => limit,
        OrderType.StopLimit when triggered => limit,
        OrderType.Stop or OrderType.TrailingStop when triggered => decimal.MaxValue,
        _ => null,
    };

    private static bool Crosses(OrderSide incomingSide, decimal incomingPrice, decimal restingPrice)
    {
        if (incomingPrice == decimal.MaxValue || restingPrice == decimal.MaxValue) return true;
        return incomingSide == OrderSide.Buy ? incomingPrice >= restingPrice : restingPrice >= incomingPrice;
    }

    private static string Describe(SelfTradePrevention mode) => mode switch
    {
        SelfTradePrevention.ExpireTaker => "expire-taker",
        SelfTradePrevention.ExpireMaker => "expire-maker",
        SelfTradePrevention.ExpireBoth => "expire-both",
        _ => "decrement",
    };
}
