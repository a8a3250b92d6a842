using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>volatility-targeting</c>: a long position sized so that its annualised volatility is a target share of equity.
/// Realised volatility is the population standard deviation of the last <c>lookback</c> simple close-to-close returns
/// times the square root of <c>periodsPerYear</c>; the position is then target / volatility of equity (at most
/// <c>maxFraction</c>; all of it when volatility is zero), via <see cref="Sizing.PercentOfEquity"/>. The position is
/// resized only when it is off by more than <c>band</c> of what is held, so noise does not churn it.
/// </summary>
public sealed class VolatilityTargetingStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "volatility-targeting";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Volatility targeting: scale a long position to a target annualised volatility.",
        "Warm-up: lookback + 1 closes. Then on every bar: vol = population stdev of the last lookback simple returns x " +
        "sqrt(periodsPerYear); fraction = min(maxFraction, target / vol) (maxFraction when vol is 0); target units = " +
        "floor(fraction x equity / close). Buy or sell the difference with a market order when flat and the target is " +
        "positive, or when |target - held| > band x held. One decision at a time; buys are capped by buying power.",
        [
            new("instrument", null, "the instrument, VENUE:SYMBOL"),
            new("lookback", "20", "returns in the realised-volatility window"),
            new("target", "0.10", "target annualised volatility of the position, as a fraction of equity (0.10 = 10%)"),
            new("periodsPerYear", "252", "bars per year, to annualise (252 daily, 52 weekly, 12 monthly)"),
            new("maxFraction", "1", "largest position as a fraction of equity"),
            new("band", "0.1", "resize only when the target differs from the position by more than this fraction of it"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(new VolatilityTargetingStrategy(instrument, a.Int("lookback"), a.Decimal("target"),
                a.Int("periodsPerYear"), a.Decimal("maxFraction"), a.Decimal("band")), [instrument]);
        });

    private readonly RollingWindow _returns;
    private readonly decimal _annualiser;
    private decimal? _previousClose;

    public VolatilityTargetingStrategy(InstrumentId instrument, int lookback = 20, decimal target = 0.10m, int periodsPerYear = 252,
        decimal maxFraction = 1m, decimal band = 0.1m)
    {
        Instrument = instrument;
        Lookback = ParameterChecks.AtLeast(lookback, 2, "lookback");
        Target = ParameterChecks.Positive(target, "target");
        PeriodsPerYear = ParameterChecks.AtLeast(periodsPerYear, 1, "periodsPerYear");
        MaxFraction = ParameterChecks.Fraction(maxFraction, "maxFraction");
        Band = ParameterChecks.NonNegative(band, "band");
        _returns = new RollingWindow(lookback);
        _annualiser = RollingWindow.SquareRoot(periodsPerYear);
    }

    public InstrumentId Instrument { get; }
    public int Lookback { get; }
    public decimal Target { get; }
    public int PeriodsPerYear { get; }
    public decimal MaxFraction { get; }
    public decimal Band { get; }

    /// <summary>The last realised annualised volatility, once warmed up.</summary>
    public decimal? Volatility { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument || bar.Close <= 0m) return;
        if (_previousClose is { } previous) _returns.Add(bar.Close / previous - 1m);
        _previousClose = bar.Close;
        if (!_returns.IsFull) return;

        var volatility = _returns.StandardDeviation() * _annualiser;
        Volatility = volatility;
        if (context.OpenOrders(Instrument).Count > 0) return;

        var fraction = volatility == 0m ? MaxFraction : Math.Min(MaxFraction, Target / volatility);
        var target = Sizing.PercentOfEquity(context, Instrument, fraction, bar.Close);
        var held = context.PositionOf(Instrument);
        var change = target - held;
        if (change == 0m) return;
        if (held > 0m && Math.Abs(change) <= Band * held) return;
        if (change < 0m)
        {
            context.Submit(StrategyOrder.Market(Instrument, OrderSide.Sell, Math.Min(-change, Math.Max(0m, held))));
            return;
        }
        var listing = context.InstrumentOf(Instrument);
        var affordable = listing.FloorToLot(Math.Max(0m, context.Account.BuyingPower(listing.QuoteCurrency)) / bar.Close);
        var units = Math.Min(change, affordable);
        if (units > 0m) context.Submit(StrategyOrder.Market(Instrument, OrderSide.Buy, units));
    }
}
