using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>
/// What a strategy's orders made on one instrument, from the read side's order rows: bought and sold (each order's filled
/// quantity at its average fill price), the position that leaves, and the P&amp;L marked at the last price:
/// sold notional − bought notional + position × last. Fees are beside it, not in it: they are in the venue's fee currency,
/// which need not be the instrument's. An order row is the sum of its fills, so realized and unrealized are not told apart.
/// </summary>
public sealed record StrategyPnl(InstrumentId Instrument, decimal Bought, decimal Sold, decimal BuyNotional, decimal SellNotional,
    decimal Position, decimal Fees, int FilledOrders, decimal? LastPrice, decimal? Pnl)
{
    public static IReadOnlyList<StrategyPnl> Of(IEnumerable<OrderRow> orders, IReadOnlyDictionary<InstrumentId, decimal> marks) =>
        orders.Where(o => o.FilledQuantity > 0)
            .GroupBy(o => o.InstrumentId)
            .Select(g =>
            {
                var buys = g.Where(o => o.Side == OrderSide.Buy).ToList();
                var sells = g.Where(o => o.Side == OrderSide.Sell).ToList();
                var (bought, sold) = (buys.Sum(o => o.FilledQuantity), sells.Sum(o => o.FilledQuantity));
                var (buyNotional, sellNotional) = (buys.Sum(o => o.FilledQuantity * o.AverageFillPrice), sells.Sum(o => o.FilledQuantity * o.AverageFillPrice));
                decimal? last = marks.TryGetValue(g.Key, out var price) ? price : null;
                var position = bought - sold;
                return new StrategyPnl(g.Key, bought, sold, buyNotional, sellNotional, position, g.Sum(o => o.Fees), g.Count(), last,
                    last is { } mark ? sellNotional - buyNotional + position * mark : null);
            })
            .OrderBy(p => p.Instrument.ToString(), StringComparer.Ordinal)
            .ToList();
}
