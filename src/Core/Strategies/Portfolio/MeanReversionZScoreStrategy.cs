using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>mean-reversion-zscore</c>: z = (close - mean) / stdev over the last <c>lookback</c> closes (this bar included,
/// population stdev). Long when z falls below -entryZ, out when it is back to -exitZ or above; with
/// <c>allowShort</c>, short when z rises above entryZ and out at exitZ or below. A flat window (stdev 0) gives no
/// signal. Market orders, one decision at a time.
/// </summary>
public sealed class MeanReversionZScoreStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "mean-reversion-zscore";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Mean reversion on the z-score of price against its rolling mean and standard deviation.",
        "z = (close - SMA(lookback)) / population stdev(lookback), this bar included; warm-up lookback bars. Flat: buy when " +
        "z < -entryZ; with allowShort, sell short when z > entryZ. Long: sell it all when z >= -exitZ. Short: buy it back " +
        "when z <= exitZ. Market orders; no decision while an order works. Shorting needs a margin account.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("lookback", "20", "closes in the mean/stdev window"),
            new("entryZ", "2", "enter when |z| exceeds this"),
            new("exitZ", "0", "leave when z is back within this of the mean (0 = at the mean); below entryZ"),
            new("quantity", "", "fixed units per entry; empty = size by cashFraction"),
            new("cashFraction", "0.95", "fraction of cash per entry when quantity is empty"),
            new("allowShort", "false", "also short above the band (needs a margin account)"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new MeanReversionZScoreStrategy(instrument, a.Int("lookback"), a.Decimal("entryZ"), a.Decimal("exitZ"),
                a.OptionalDecimal("quantity"), a.Decimal("cashFraction"), a.Bool("allowShort")), [instrument]);
        });

    private readonly RollingWindow _closes;

    public MeanReversionZScoreStrategy(InstrumentId instrument, int lookback = 20, decimal entryZ = 2m, decimal exitZ = 0m,
        decimal? quantity = null, decimal cashFraction = 0.95m, bool allowShort = false)
    {
        Instrument = instrument;
        Lookback = ParameterChecks.AtLeast(lookback, 2, "lookback");
        EntryZ = ParameterChecks.Positive(entryZ, "entryZ");
        ExitZ = ParameterChecks.NonNegative(exitZ, "exitZ");
        if (exitZ >= entryZ) throw new ArgumentOutOfRangeException("exitZ", exitZ, $"exitZ must be below entryZ {entryZ}, got {exitZ}");
        Quantity = ParameterChecks.Positive(quantity, "quantity");
        CashFraction = ParameterChecks.Fraction(cashFraction, "cashFraction");
        AllowShort = allowShort;
        _closes = new RollingWindow(lookback);
    }

    public InstrumentId Instrument { get; }
    public int Lookback { get; }
    public decimal EntryZ { get; }
    public decimal ExitZ { get; }
    public decimal? Quantity { get; }
    public decimal CashFraction { get; }
    public bool AllowShort { get; }

    /// <summary>The last z-score, once warmed up and when the window is not flat.</summary>
    public decimal? ZScore { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        _closes.Add(bar.Close);
        ZScore = null;
        if (!_closes.IsFull) return;
        var deviation = _closes.StandardDeviation();
        if (deviation == 0m) return;
        var z = (bar.Close - _closes.Mean) / deviation;
        ZScore = z;
        if (context.OpenOrders(Instrument).Count > 0) return;

        var held = context.PositionOf(Instrument);
        if (held > 0m && z >= -ExitZ) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, held));
        else if (held < 0m && z <= ExitZ) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, -held));
        else if (held == 0m && z < -EntryZ) Enter(context, OrderSide.Buy, bar.Close);
        else if (held == 0m && z > EntryZ && AllowShort) Enter(context, OrderSide.Sell, bar.Close);
    }

    private void Enter(IStrategyContext context, OrderSide side, decimal close)
    {
        var units = EntrySizing.Units(context, Instrument, Quantity, CashFraction, close);
        if (units > 0m) context.Submit(StrategyOrder.Market(Instrument, side, units));
    }
}
