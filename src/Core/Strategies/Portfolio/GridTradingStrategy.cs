using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>grid-trading</c>, a long-only spot grid: levels at reference x (1 - k x spacing), k = 1..levels, each rounded to
/// the tick. Every level rests a buy limit for <c>quantity</c>; when it fills, the level rests a sell limit one level up
/// (the reference for the top level); when that fills, the buy is re-armed. Each level thus buys low and sells one step
/// higher, as often as the price oscillates across it. The reference is the first close unless given. A buy is only
/// armed while the close is above its level, so it rests rather than taking. Fills are acted on at the bar's close.
/// </summary>
public sealed class GridTradingStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "grid-trading";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Grid trading: buy limits on a grid below a reference price, each re-sold one level up and re-armed after it sells.",
        "Level k (1..levels) = reference x (1 - k x spacing) rounded to the tick; level 0 = the reference. Each level is " +
        "either waiting to buy (a buy limit of `quantity` at its price, placed while the close is above it) or holding (a sell " +
        "limit of what it bought at the level above). A buy that fills flips the level to holding; a sell that fills flips it " +
        "back and re-arms the buy. Long-only: works in a cash account. Orders are good-till-cancelled limits.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("spacing", "0.01", "distance between levels as a fraction of the reference (0.01 = 1%)"),
            new("levels", "5", "number of buy levels below the reference"),
            new("quantity", "1", "units bought at each level"),
            new("reference", "", "the grid's centre price; empty = the first close"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new GridTradingStrategy(instrument, a.Decimal("spacing"), a.Int("levels"), a.Decimal("quantity"),
                a.OptionalDecimal("reference")), [instrument]);
        });

    private sealed class Level(decimal buyPrice, decimal sellPrice)
    {
        public decimal BuyPrice { get; } = buyPrice;
        public decimal SellPrice { get; } = sellPrice;
        public decimal Holding { get; set; }
        public ClientOrderId? Working { get; set; }
    }

    private Level[]? _levels;

    public GridTradingStrategy(InstrumentId instrument, decimal spacing = 0.01m, int levels = 5, decimal quantity = 1m, decimal? reference = null)
    {
        Instrument = instrument;
        Spacing = ParameterChecks.Positive(spacing, "spacing");
        Levels = ParameterChecks.AtLeast(levels, 1, "levels");
        if (spacing * levels >= 1m)
            throw new ArgumentOutOfRangeException("spacing", spacing, $"spacing x levels must stay below 1 (prices must stay positive), got {spacing} x {levels}");
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        Reference = ParameterChecks.Positive(reference, "reference");
    }

    public InstrumentId Instrument { get; }
    public decimal Spacing { get; }
    public int Levels { get; }
    public decimal Quantity { get; }
    public decimal? Reference { get; }

    /// <summary>The grid's buy prices, top level first, once the reference is known.</summary>
    public IReadOnlyList<decimal> BuyPrices => _levels?.Select(l => l.BuyPrice).ToList() ?? [];

    /// <summary>Round trips completed (a level's sell filled).</summary>
    public int RoundTrips { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var listing = context.InstrumentOf(Instrument);
        _levels ??= Build(listing.RoundToTick(Reference ?? bar.Close), listing);
        foreach (var level in _levels)
        {
            if (level.Working is { } id && context.GetOrder(id) is { } order)
            {
                if (order.IsOpen) continue;
                level.Working = null;
                if (order.Request!.Side == OrderSide.Buy) level.Holding += order.FilledQuantity;
                else
                {
                    level.Holding -= order.FilledQuantity;
                    if (order.FilledQuantity > 0m && level.Holding == 0m) RoundTrips++;
                }
            }
            if (level.Holding > 0m) Place(context, level, OrderSide.Sell, level.Holding, level.SellPrice);
            else if (bar.Close > level.BuyPrice) Place(context, level, OrderSide.Buy, listing.FloorToLot(Quantity), level.BuyPrice);
        }
    }

    private void Place(IStrategyContext context, Level level, OrderSide side, decimal quantity, decimal price)
    {
        if (quantity <= 0m || price <= 0m) return;
        var ticket = context.Submit(StrategyOrder.Limit(Instrument, side, quantity, price));
        if (!ticket.IsRejected) level.Working = ticket.ClientOrderId;
    }

    private Level[] Build(decimal reference, Instruments.Instrument listing)
    {
        var levels = new Level[Levels];
        var above = reference;
        for (var k = 1; k <= Levels; k++)
        {
            var price = listing.RoundToTick(reference * (1m - k * Spacing));
            levels[k - 1] = new Level(price, above);
            above = price;
        }
        return levels;
    }
}
