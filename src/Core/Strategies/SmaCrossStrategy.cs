using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>
/// <c>sma-cross</c>: long when the fast SMA of closes crosses above the slow one, flat when it crosses
/// below. A cross needs both averages on the previous bar too, so the first signal can come on bar
/// <c>slow + 1</c>. Size: <see cref="SmaCrossParameters.Quantity"/> units, or, when that is null,
/// <see cref="SmaCrossParameters.CashFraction"/> of cash at the signal bar's close in whole lots.
/// Orders are market orders; the host decides when they fill (next bar's open on a paper venue).
/// </summary>
public sealed class SmaCrossStrategy : IStrategy, ICatalogStrategy
{
    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "SMA crossover: long when the fast average of closes is above the slow one, flat otherwise.",
        "Buy (to long) when the fast SMA of closes crosses above the slow SMA; sell the whole position when it crosses below. " +
        "A cross needs both averages on the previous bar. Market orders; one decision at a time (no new order while one works).",
        [
            new("instrument", null, "the instrument to trade, VENUE:SYMBOL, e.g. SIM:SPX"),
            new("fast", "10", "fast SMA period"),
            new("slow", "30", "slow SMA period, longer than fast"),
            new("quantity", "", "fixed units per entry; empty = size by cashFraction"),
            new("cashFraction", "0.95", "fraction of cash put in at each entry when quantity is empty"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new SmaCrossStrategy(instrument, new SmaCrossParameters(a.Int("fast"), a.Int("slow"), a.OptionalDecimal("quantity"), a.Decimal("cashFraction"))),
                [instrument]);
        });

    public const string StrategyName = "sma-cross";

    private readonly RollingSma _fast;
    private readonly RollingSma _slow;
    private decimal? _previousSpread;

    public SmaCrossStrategy(InstrumentId instrument, SmaCrossParameters? parameters = null)
    {
        Parameters = parameters ?? new SmaCrossParameters();
        Parameters.Validate();
        Instrument = instrument;
        _fast = new RollingSma(Parameters.Fast);
        _slow = new RollingSma(Parameters.Slow);
    }

    public InstrumentId Instrument { get; }

    public SmaCrossParameters Parameters { get; }

    public decimal? FastValue => _fast.IsReady ? _fast.Value : null;

    public decimal? SlowValue => _slow.IsReady ? _slow.Value : null;

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        _fast.Add(bar.Close);
        _slow.Add(bar.Close);
        if (!_slow.IsReady || !_fast.IsReady) return;

        // fast - slow has the sign of fastSum*slowPeriod - slowSum*fastPeriod: same signal, no division per bar.
        var spread = _fast.Sum * _slow.Period - _slow.Sum * _fast.Period;
        var previous = _previousSpread;
        _previousSpread = spread;
        if (previous is not { } before) return;

        var crossedUp = before <= 0m && spread > 0m;
        var crossedDown = before >= 0m && spread < 0m;
        if (!crossedUp && !crossedDown) return;
        // One decision at a time: an order still working means the last signal is being acted on.
        if (context.OpenOrders(Instrument).Count > 0) return;

        var position = context.PositionOf(Instrument);
        if (crossedUp && position <= 0m)
        {
            var quantity = SizeFor(context, bar.Close) - position;
            if (quantity > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, quantity));
        }
        else if (crossedDown && position > 0m)
            context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, position));
    }

    private decimal SizeFor(IStrategyContext context, decimal close)
    {
        if (Parameters.Quantity is { } fixedQuantity) return fixedQuantity;
        var instrument = context.InstrumentOf(Instrument);
        return instrument.FloorToLot(context.CashIn(instrument.QuoteCurrency) * Parameters.CashFraction / close);
    }
}
