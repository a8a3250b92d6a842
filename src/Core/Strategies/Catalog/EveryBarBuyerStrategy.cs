using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>every-bar-buyer</c>: a runaway loop on purpose, for risk drills and tests. It buys on every bar whatever happened
/// before, so only the account's pre-trade limits (the order rate, the loss rules, a kill switch) stop it.
/// </summary>
public sealed class EveryBarBuyerStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "every-bar-buyer";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "A runaway loop for risk drills: market buys on every bar, whatever happened before.",
        "On every bar of the instrument, submit ordersPerBar market buys of quantity units each, without looking at fills, " +
        "positions, cash or refusals. It never sells. It exists to show the account's pre-trade risk stopping a strategy " +
        "without a human (the order rate denies the orders beyond it, the daily-loss and drawdown rules halt the account); " +
        "never give it an account with money that matters.",
        [
            StandardParameters.Instrument,
            new("quantity", "1", "units per order, positive"),
            new("ordersPerBar", "1", "market buys sent on each bar, at least 1"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new EveryBarBuyerStrategy(instrument, a.Decimal("quantity"), a.Int("ordersPerBar")), [instrument]);
        });

    public EveryBarBuyerStrategy(InstrumentId instrument, decimal quantity = 1m, int ordersPerBar = 1)
    {
        Instrument = instrument;
        Quantity = quantity > 0m ? quantity : throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "quantity must be positive");
        OrdersPerBar = ParameterChecks.AtLeast(nameof(ordersPerBar), ordersPerBar, 1);
    }

    public InstrumentId Instrument { get; }
    public decimal Quantity { get; }
    public int OrdersPerBar { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        for (var i = 0; i < OrdersPerBar; i++) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, Quantity));
    }
}
