using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>market-maker</c>, inventory-skewed: every bar it cancels its quotes and posts a fresh post-only bid and ask around
/// the close. The half-spread is h = close x spreadBps / 20000; the quotes centre on a reservation price shifted
/// against the inventory, r = close - skew x h x inventory / maxInventory, so a long book quotes lower (sells more
/// readily, buys less readily) and a short one higher. Bid = r - h rounded down to the tick, ask = r + h rounded up,
/// never crossing. Sizes keep the inventory within +-maxInventory (0 below without <c>allowShort</c>). Quotes are
/// re-posted only once the cancels are confirmed: at once on a paper venue, a bar later where cancels are asynchronous.
/// </summary>
public sealed class InventoryMarketMakerStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "market-maker";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Inventory-skewed market maker: post-only bid and ask around the last close, skewed by inventory, replaced each bar.",
        "Each bar: cancel the working quotes; h = close x spreadBps / 20000; r = close - skew x h x inventory / maxInventory; " +
        "bid = floor_tick(r - h) for min(quantity, maxInventory - inventory); ask = ceil_tick(r + h) (at least a tick above " +
        "the bid) for min(quantity, inventory + (allowShort ? maxInventory : 0)). Both are post-only limits: one that would " +
        "take is cancelled by the venue instead.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("spreadBps", "20", "full quoted spread in basis points of the close"),
            new("quantity", "1", "units per quote"),
            new("maxInventory", "10", "largest inventory held, in units (also the largest short with allowShort)"),
            new("skew", "1", "how far the quotes shift at full inventory, in half-spreads"),
            new("allowShort", "false", "quote the ask without inventory (needs a margin account)"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new InventoryMarketMakerStrategy(instrument, a.Decimal("spreadBps"), a.Decimal("quantity"),
                a.Decimal("maxInventory"), a.Decimal("skew"), a.Bool("allowShort")), [instrument]);
        });

    public InventoryMarketMakerStrategy(InstrumentId instrument, decimal spreadBps = 20m, decimal quantity = 1m, decimal maxInventory = 10m,
        decimal skew = 1m, bool allowShort = false)
    {
        Instrument = instrument;
        SpreadBps = ParameterChecks.Positive(spreadBps, "spreadBps");
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        MaxInventory = ParameterChecks.Positive(maxInventory, "maxInventory");
        Skew = ParameterChecks.NonNegative(skew, "skew");
        AllowShort = allowShort;
    }

    public InstrumentId Instrument { get; }
    public decimal SpreadBps { get; }
    public decimal Quantity { get; }
    public decimal MaxInventory { get; }
    public decimal Skew { get; }
    public bool AllowShort { get; }

    /// <summary>The quotes posted on the last bar (null: that side was not quoted).</summary>
    public (decimal? Bid, decimal? Ask) LastQuotes { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument || bar.Close <= 0m) return;
        foreach (var order in context.OpenOrders(Instrument)) context.Cancel(order.ClientOrderId);
        // Where cancels are asynchronous (the cluster) the old quotes still hold their cash and inventory: quote again
        // once they are gone, rather than have the new ones refused or the book briefly doubled.
        if (context.OpenOrders(Instrument).Count > 0) return;
        var listing = context.InstrumentOf(Instrument);
        var tick = listing.TickSize;
        var inventory = context.PositionOf(Instrument);
        var half = bar.Close * SpreadBps / 20_000m;
        var reservation = bar.Close - Skew * half * inventory / MaxInventory;
        var bid = Math.Floor((reservation - half) / tick) * tick;
        var ask = Math.Max(Math.Ceiling((reservation + half) / tick) * tick, bid + tick);

        var bidSize = listing.FloorToLot(Math.Min(Quantity, MaxInventory - inventory));
        var askSize = listing.FloorToLot(Math.Min(Quantity, inventory + (AllowShort ? MaxInventory : 0m)));
        decimal? postedBid = null, postedAsk = null;
        if (bidSize > 0m && bid > 0m && !Post(context, OrderSide.Buy, bidSize, bid).IsRejected) postedBid = bid;
        if (askSize > 0m && !Post(context, OrderSide.Sell, askSize, ask).IsRejected) postedAsk = ask;
        LastQuotes = (postedBid, postedAsk);
    }

    private OrderTicket Post(IStrategyContext context, OrderSide side, decimal quantity, decimal price) =>
        context.Submit(StrategyOrder.Limit(Instrument, side, quantity, price) with { PostOnly = true });
}
