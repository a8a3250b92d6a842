using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>opening-range-breakout</c>, intraday: the opening range is the high and low of the bars that open within the
/// first <c>rangeMinutes</c> of the session (session open from the instrument's calendar). After it, the first close
/// above the range high buys (with <c>allowShort</c>, the first close below the low sells short); one trade per
/// session. Once filled, a stop sits at the other side of the range. Flat at session end: when the session ends within
/// <c>flattenBars</c> bars the stop is cancelled and the position closed at market. A session whose opening bars are
/// missing from the data is not traded. Daily and activity bars are ignored.
/// </summary>
public sealed class OpeningRangeBreakoutStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "opening-range-breakout";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Opening-range breakout: trade the first break of the first N minutes' high/low, stop at the other side, flat by the close.",
        "Intraday bars only. Range = high/low of the bars opening in [session open, open + rangeMinutes). Afterwards, once " +
        "per session: close > range high buys (market); with allowShort, close < range low sells short. On the bar after the " +
        "entry fills, a stop order for the whole position goes at the other side of the range. When the session ends " +
        "within flattenBars bars: cancel the stop and close the position at market; no entries.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("rangeMinutes", "30", "length of the opening range in minutes"),
            new("quantity", "", "fixed units per entry; empty = size by cashFraction"),
            new("cashFraction", "0.95", "fraction of cash per entry when quantity is empty"),
            new("allowShort", "false", "also trade downside breaks (needs a margin account)"),
            new("flattenBars", "1", "close out this many bars before the session ends"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new OpeningRangeBreakoutStrategy(instrument, a.Int("rangeMinutes"), a.OptionalDecimal("quantity"),
                a.Decimal("cashFraction"), a.Bool("allowShort"), a.Int("flattenBars")), [instrument]);
        });

    private DateOnly? _session;
    private bool _sawSessionOpen;
    private bool _tradedThisSession;

    public OpeningRangeBreakoutStrategy(InstrumentId instrument, int rangeMinutes = 30, decimal? quantity = null, decimal cashFraction = 0.95m,
        bool allowShort = false, int flattenBars = 1)
    {
        Instrument = instrument;
        RangeMinutes = ParameterChecks.AtLeast(rangeMinutes, 1, "rangeMinutes");
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        CashFraction = ParameterChecks.Fraction(cashFraction, "cashFraction");
        AllowShort = allowShort;
        FlattenBars = ParameterChecks.AtLeast(flattenBars, 1, "flattenBars");
    }

    public InstrumentId Instrument { get; }
    public int RangeMinutes { get; }
    public decimal? Quantity { get; }
    public decimal CashFraction { get; }
    public bool AllowShort { get; }
    public int FlattenBars { get; }

    /// <summary>The current session's opening range, once its first bar is seen.</summary>
    public decimal? RangeHigh { get; private set; }

    public decimal? RangeLow { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument || SessionTimes.IntradayLength(bar) is not { } length) return;
        var listing = context.InstrumentOf(Instrument);
        if (!listing.Sessions.IsOpen(bar.OpenTime)) return;
        var session = SessionTimes.SessionOf(listing, bar);
        var open = SessionTimes.OpenOf(listing, session);
        if (session != _session)
        {
            _session = session;
            _sawSessionOpen = bar.OpenTime <= open;
            _tradedThisSession = false;
            RangeHigh = RangeLow = null;
        }
        if (bar.OpenTime < open.AddMinutes(RangeMinutes))
        {
            if (!_sawSessionOpen) return;
            RangeHigh = RangeHigh is { } high ? Math.Max(high, bar.High) : bar.High;
            RangeLow = RangeLow is { } low ? Math.Min(low, bar.Low) : bar.Low;
            return;
        }
        if (RangeHigh is not { } rangeHigh || RangeLow is not { } rangeLow) return;

        var held = context.PositionOf(Instrument);
        if (SessionTimes.IsEnding(listing, bar, length * FlattenBars))
        {
            foreach (var order in context.OpenOrders(Instrument)) context.Cancel(order.ClientOrderId);
            // Where cancels are asynchronous (the cluster) the close-out waits for the stop to be gone, or a cash account would refuse it.
            if (context.OpenOrders(Instrument).Count > 0) return;
            if (held > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, held));
            else if (held < 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, -held));
            return;
        }
        if (context.OpenOrders(Instrument).Count > 0) return;
        if (held != 0m)
        {
            // The entry has filled and nothing protects it: the stop goes at the far side of the range.
            var exitSide = held > 0m ? OrderSide.Sell : OrderSide.Buy;
            var stop = listing.RoundToTick(held > 0m ? rangeLow : rangeHigh);
            context.Submit(new StrategyOrder(Instrument, exitSide, OrderType.Stop, Math.Abs(held), StopPrice: stop));
            return;
        }
        if (_tradedThisSession) return;
        if (bar.Close > rangeHigh) Enter(context, OrderSide.Buy, bar.Close);
        else if (bar.Close < rangeLow && AllowShort) Enter(context, OrderSide.Sell, bar.Close);
    }

    private void Enter(IStrategyContext context, OrderSide side, decimal close)
    {
        var units = EntrySizing.Units(context, Instrument, Quantity, CashFraction, close);
        if (units <= 0m) return;
        _tradedThisSession = true;
        context.Submit(StrategyOrder.Market(Instrument, side, units));
    }
}
