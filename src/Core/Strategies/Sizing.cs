using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>
/// Position sizing helpers shared by the catalog strategies, all in whole lots of the instrument and computed at
/// the price the strategy decides on (usually the signal bar's close): fixed units, a percentage of cash, a
/// percentage of equity (cash plus positions marked at the given price), and volatility targeting.
/// </summary>
public static class Sizing
{
    public static decimal FixedUnits(IStrategyContext context, InstrumentId instrument, decimal units) =>
        context.InstrumentOf(instrument).FloorToLot(units);

    public static decimal PercentOfCash(IStrategyContext context, InstrumentId instrument, decimal fraction, decimal price)
    {
        var listing = context.InstrumentOf(instrument);
        return price <= 0m ? 0m : listing.FloorToLot(Math.Max(0m, context.CashIn(listing.QuoteCurrency)) * fraction / price);
    }

    /// <summary>Target units so that the position is <paramref name="fraction"/> of equity; <paramref name="marks"/> values
    /// other positions (unmarked ones count at cost).</summary>
    public static decimal PercentOfEquity(IStrategyContext context, InstrumentId instrument, decimal fraction, decimal price,
        IReadOnlyDictionary<InstrumentId, decimal>? marks = null)
    {
        var listing = context.InstrumentOf(instrument);
        var prices = new Dictionary<InstrumentId, decimal>(marks ?? new Dictionary<InstrumentId, decimal>()) { [instrument] = price };
        var equity = context.Account.Equity(listing.QuoteCurrency, prices);
        return price <= 0m ? 0m : listing.FloorToLot(Math.Max(0m, equity) * fraction / price);
    }

    /// <summary>Units so that the position's annualised volatility is <paramref name="targetVolatility"/> of equity, given the
    /// instrument's annualised volatility; capped at <paramref name="maxFraction"/> of equity.</summary>
    public static decimal VolatilityTarget(IStrategyContext context, InstrumentId instrument, decimal price, decimal annualisedVolatility,
        decimal targetVolatility, decimal maxFraction = 1m)
    {
        if (annualisedVolatility <= 0m) return 0m;
        var fraction = Math.Min(maxFraction, targetVolatility / annualisedVolatility);
        return PercentOfEquity(context, instrument, fraction, price);
    }
}
