using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>dca</c>, dollar-cost averaging: buy a fixed cash amount of the instrument every <c>every</c> bars, starting on
/// the first bar, in whole lots at that bar's close, capped by the buying power left. Never sells.
/// </summary>
public sealed class DollarCostAveragingStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "dca";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Dollar-cost averaging: buy a fixed cash amount every N bars.",
        "On bars 0, every, 2*every, ... of the instrument, buy floor(min(amount, buying power) / close) lots with a market " +
        "order. Never sells. A purchase that rounds to zero lots is skipped, not carried over.",
        [
            new("instrument", null, "the instrument to accumulate, VENUE:SYMBOL"),
            new("amount", "1000", "cash spent per purchase, in the instrument's quote currency"),
            new("every", "21", "bars between purchases (21 trading days is about a month)"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new DollarCostAveragingStrategy(instrument, a.Decimal("amount"), a.Int("every")), [instrument]);
        });

    private long _bars;

    public DollarCostAveragingStrategy(InstrumentId instrument, decimal amount = 1000m, int every = 21)
    {
        Instrument = instrument;
        Amount = ParameterChecks.Positive(amount, "amount");
        Every = ParameterChecks.AtLeast(every, 1, "every");
    }

    public InstrumentId Instrument { get; }
    public decimal Amount { get; }
    public int Every { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var index = _bars++;
        if (index % Every != 0 || bar.Close <= 0m) return;
        var listing = context.InstrumentOf(Instrument);
        var budget = Math.Min(Amount, Math.Max(0m, context.Account.BuyingPower(listing.QuoteCurrency)));
        var units = listing.FloorToLot(budget / bar.Close);
        if (units > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, units));
    }
}
