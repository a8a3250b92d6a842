using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Orders;

namespace Hive.Bench.Backtesting;

/// <summary>The bench's portfolio strategy: every <c>period</c> bars of the first instrument, bring each instrument to an
/// equal share of equity (sells first so their cash funds the buys on the next bar's open).</summary>
public sealed class EqualWeightRebalancer(IReadOnlyList<InstrumentId> instruments, int period) : IStrategy
{
    private readonly Dictionary<InstrumentId, decimal> _marks = new();
    private int _bars;

    public void OnBar(IStrategyContext context, Bar bar)
    {
        _marks[bar.Instrument] = bar.Close;
        if (bar.Instrument != instruments[^1] || _marks.Count < instruments.Count) return;
        if (_bars++ % period != 0 || context.OpenOrders().Count > 0) return;
        var fraction = 0.95m / instruments.Count;
        foreach (var instrument in instruments)
        {
            var target = Sizing.PercentOfEquity(context, instrument, fraction, _marks[instrument], _marks);
            var delta = target - context.PositionOf(instrument);
            if (delta < 0m) context.Submit(StrategyOrder.Market(instrument, OrderSide.Sell, -delta));
        }
        foreach (var instrument in instruments)
        {
            var target = Sizing.PercentOfEquity(context, instrument, fraction, _marks[instrument], _marks);
            var delta = target - context.PositionOf(instrument);
            if (delta > 0m && delta * _marks[instrument] < context.Account.BuyingPower("USD")) context.Submit(StrategyOrder.Market(instrument, OrderSide.Buy, delta));
        }
    }
}
