using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>vwap-reversion</c>, intraday: fades deviations of the close from the session VWAP (typical price (H+L+C)/3
/// weighted by volume, reset when the session date changes). Buys when the close is more than <c>entry</c> below VWAP,
/// sells when it is back within <c>exit</c> of it; with <c>allowShort</c> the mirror image above VWAP. No entry before
/// the session has <c>minBars</c> bars; flat at session end: once the session ends within <c>flattenBars</c> bars,
/// any position is closed with a market order (filling at the next bar's open) and nothing new is opened.
/// Daily and activity bars are ignored (they have no place inside a session).
/// </summary>
public sealed class VwapReversionStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "vwap-reversion";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Intraday VWAP reversion: fade deviations from the session VWAP, flat at session end.",
        "Intraday bars only. Session VWAP = sum(typical x volume) / sum(volume) since the session's first bar, typical = " +
        "(H+L+C)/3. dev = close / VWAP - 1. From the session's minBars-th bar: flat and dev < -entry: buy; long and dev >= " +
        "-exit: sell it all; with allowShort, flat and dev > entry: sell short, short and dev <= exit: buy back. When the " +
        "session ends within flattenBars bars after this bar's close: close any position, open nothing. Market orders.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("entry", "0.005", "enter when the close is this fraction away from VWAP (0.005 = 0.5%)"),
            new("exit", "0", "leave when the close is back within this fraction of VWAP; below entry"),
            new("minBars", "3", "bars of the session before the first entry (VWAP needs some history)"),
            new("quantity", "", "fixed units per entry; empty = size by cashFraction"),
            new("cashFraction", "0.95", "fraction of cash per entry when quantity is empty"),
            new("allowShort", "false", "also fade rallies above VWAP (needs a margin account)"),
            new("flattenBars", "1", "close out this many bars before the session ends"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new VwapReversionStrategy(instrument, a.Decimal("entry"), a.Decimal("exit"), a.Int("minBars"),
                a.OptionalDecimal("quantity"), a.Decimal("cashFraction"), a.Bool("allowShort"), a.Int("flattenBars")), [instrument]);
        });

    private DateOnly? _session;
    private decimal _priceVolume;
    private decimal _volume;
    private int _sessionBars;

    public VwapReversionStrategy(InstrumentId instrument, decimal entry = 0.005m, decimal exit = 0m, int minBars = 3, decimal? quantity = null,
        decimal cashFraction = 0.95m, bool allowShort = false, int flattenBars = 1)
    {
        Instrument = instrument;
        Entry = ParameterChecks.Positive(entry, "entry");
        Exit = ParameterChecks.NonNegative(exit, "exit");
        if (exit >= entry) throw new ArgumentOutOfRangeException("exit", exit, $"exit must be below entry {entry}, got {exit}");
        MinBars = ParameterChecks.AtLeast(minBars, 1, "minBars");
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        CashFraction = ParameterChecks.Fraction(cashFraction, "cashFraction");
        AllowShort = allowShort;
        FlattenBars = ParameterChecks.AtLeast(flattenBars, 1, "flattenBars");
    }

    public InstrumentId Instrument { get; }
    public decimal Entry { get; }
    public decimal Exit { get; }
    public int MinBars { get; }
    public decimal? Quantity { get; }
    public decimal CashFraction { get; }
    public bool AllowShort { get; }
    public int FlattenBars { get; }

    /// <summary>The session VWAP after the last bar.</summary>
    public decimal? Vwap => _volume > 0m ? _priceVolume / _volume : null;

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument || SessionTimes.IntradayLength(bar) is not { } length) return;
        var listing = context.InstrumentOf(Instrument);
        var session = SessionTimes.SessionOf(listing, bar);
        if (session != _session)
        {
            _session = session;
            _priceVolume = 0m;
            _volume = 0m;
            _sessionBars = 0;
        }
        _sessionBars++;
        _priceVolume += (bar.High + bar.Low + bar.Close) / 3m * bar.Volume;
        _volume += bar.Volume;
        if (context.OpenOrders(Instrument).Count > 0) return;

        var held = context.PositionOf(Instrument);
        if (SessionTimes.IsEnding(listing, bar, length * FlattenBars))
        {
            if (held > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, held));
            else if (held < 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, -held));
            return;
        }
        if (Vwap is not { } vwap || vwap <= 0m) return;
        var deviation = bar.Close / vwap - 1m;
        if (held > 0m && deviation >= -Exit) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, held));
        else if (held < 0m && deviation <= Exit) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, -held));
        else if (held == 0m && _sessionBars >= MinBars && deviation < -Entry) Enter(context, OrderSide.Buy, bar.Close);
        else if (held == 0m && _sessionBars >= MinBars && deviation > Entry && AllowShort) Enter(context, OrderSide.Sell, bar.Close);
    }

    private void Enter(IStrategyContext context, OrderSide side, decimal close)
    {
        var units = EntrySizing.Units(context, Instrument, Quantity, CashFraction, close);
        if (units > 0m) context.Submit(StrategyOrder.Market(Instrument, side, units));
    }
}
