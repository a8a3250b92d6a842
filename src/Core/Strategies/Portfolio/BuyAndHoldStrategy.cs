using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>buy-and-hold</c>, the benchmark: one market buy on the first bar (fixed units, or a fraction of cash at that
/// bar's close), then nothing. Every other strategy's result reads against this one on the same data.
/// </summary>
public sealed class BuyAndHoldStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "buy-and-hold";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Benchmark: buy once on the first bar and hold to the end.",
        "On the first bar of the instrument, buy `quantity` units (or `cashFraction` of cash at the close, in whole lots) " +
        "with one market order; never sell. If that single order is refused (no buying power) the strategy stays in cash.",
        [
            new("instrument", null, "the instrument to hold, VENUE:SYMBOL"),
            new("quantity", "", "fixed units to buy; empty = size by cashFraction"),
            new("cashFraction", "0.99", "fraction of cash invested when quantity is empty (leave room for fees)"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new BuyAndHoldStrategy(instrument, a.OptionalDecimal("quantity"), a.Decimal("cashFraction")), [instrument]);
        });

    private bool _bought;

    public BuyAndHoldStrategy(InstrumentId instrument, decimal? quantity = null, decimal cashFraction = 0.99m)
    {
        Instrument = instrument;
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        CashFraction = ParameterChecks.Fraction(cashFraction, "cashFraction");
    }

    public InstrumentId Instrument { get; }
    public decimal? Quantity { get; }
    public decimal CashFraction { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (_bought || bar.Instrument != Instrument) return;
        _bought = true;
        var units = EntrySizing.Units(context, Instrument, Quantity, CashFraction, bar.Close);
        if (units > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, units));
    }
}
