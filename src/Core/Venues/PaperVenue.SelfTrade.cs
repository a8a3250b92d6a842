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
    /// <summary>Cancels what the mode says; answers whether the incoming order was cancelled (and must not work).</summary>
    private bool PreventSelfTrade(PaperMarket market, OrderRequest incoming)
    {
        var mode = incoming.SelfTradePrevention ?? Settings.SelfTradePrevention;
        if (mode == SelfTradePrevention.None || BookPrice(incoming.Type, incoming.LimitPrice, triggered: false) is not { } incomingPrice)
            return false;
        var crossed = market.Working.Where(r => r.Request.AccountId == incoming.AccountId && r.Request.Side != incoming.Side
            && BookPrice(r.Request.Type, r.LimitPrice, r.Triggered) is { } restingPrice && Crosses(incoming.Side, incomingPrice, restingPrice)).ToList();
        if (crossed.Count == 0) return false;
        var code = TradingRejections.SelfTradePrevented;
        if (mode is SelfTradePrevention.ExpireMaker or SelfTradePrevention.ExpireBoth)
            foreach (var maker in crossed)
            {
                Remove(maker);
                _updates.Add(new ConfirmCancel(maker.Request.ClientOrderId,
                    $"{code}: incoming order {incoming.ClientOrderId} of the same account would trade with it ({Describe(mode)})", code));
            }
        if (mode is SelfTradePrevention.ExpireMaker) return false;
        _updates.Add(new ConfirmCancel(incoming.ClientOrderId,
            $"{code}: it would trade with resting order(s) {string.Join(", ", crossed.Select(m => m.Request.ClientOrderId))} of the same account ({Describe(mode)})", code));
        return true;
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
        _ => "expire-both",
    };
}
