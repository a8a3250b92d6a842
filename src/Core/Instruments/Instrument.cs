using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Instruments;

/// <summary>
/// A tradable thing at one venue with the rules its orders must respect. Prices are quoted in
/// <see cref="QuoteCurrency"/> per unit of <see cref="BaseCurrency"/> (for a stock the base is the share).
/// Rule checks return a <see cref="Rejection"/> whose code names the rule, never throw.
/// </summary>
public sealed record Instrument
{
    public Instrument(InstrumentId id, AssetClass assetClass, string baseCurrency, string quoteCurrency,
        decimal tickSize, decimal lotSize, decimal minNotional, SessionCalendar? sessions = null)
    {
        if (tickSize <= 0) throw new ArgumentOutOfRangeException(nameof(tickSize), tickSize, $"tick size of {id} must be positive");
        if (lotSize <= 0) throw new ArgumentOutOfRangeException(nameof(lotSize), lotSize, $"lot size of {id} must be positive");
        if (minNotional < 0) throw new ArgumentOutOfRangeException(nameof(minNotional), minNotional, $"minimum notional of {id} must not be negative");
        if (string.IsNullOrWhiteSpace(baseCurrency)) throw new ArgumentException($"base currency of {id} is empty", nameof(baseCurrency));
        if (string.IsNullOrWhiteSpace(quoteCurrency)) throw new ArgumentException($"quote currency of {id} is empty", nameof(quoteCurrency));
        Id = id;
        AssetClass = assetClass;
        BaseCurrency = baseCurrency.ToUpperInvariant();
        QuoteCurrency = quoteCurrency.ToUpperInvariant();
        TickSize = tickSize;
        LotSize = lotSize;
        MinNotional = minNotional;
        Sessions = sessions ?? SessionCalendar.For(assetClass);
    }

    public InstrumentId Id { get; }
    public AssetClass AssetClass { get; }
    public string BaseCurrency { get; }
    public string QuoteCurrency { get; }
    public decimal TickSize { get; }
    public decimal LotSize { get; }
    public decimal MinNotional { get; }
    public SessionCalendar Sessions { get; }

    /// <summary>Upper bounds that keep every quantity x price far inside <c>decimal</c>'s range, so no order can overflow
    /// the ledger's arithmetic (and an absurd order is refused with its numbers named, not crashed on).</summary>
    public decimal MaxQuantity { get; init; } = 1_000_000_000_000m;

    public decimal MaxPrice { get; init; } = 1_000_000_000_000m;

    public decimal MaxNotional { get; init; } = 1_000_000_000_000_000m;

    /// <summary>A US equity: cent ticks, whole shares, no minimum notional, exchange hours.</summary>
    public static Instrument Stock(string venue, string symbol, decimal tickSize = 0.01m, decimal lotSize = 1m) =>
        new(new InstrumentId(venue.ToUpperInvariant(), symbol.ToUpperInvariant()), AssetClass.Stock, symbol, "USD", tickSize, lotSize, 0m);

    /// <summary>A crypto pair such as BTC-USDT: trades 24/7 with fractional lots and a minimum notional.</summary>
    public static Instrument Crypto(string venue, string baseCurrency, string quoteCurrency,
        decimal tickSize = 0.01m, decimal lotSize = 0.00001m, decimal minNotional = 5m) =>
        new(new InstrumentId(venue.ToUpperInvariant(), $"{baseCurrency}-{quoteCurrency}".ToUpperInvariant()),
            AssetClass.Crypto, baseCurrency, quoteCurrency, tickSize, lotSize, minNotional);

    /// <summary>A forex pair such as EUR/USD: pip-fraction ticks, trades 24/5. The symbol is BASE-QUOTE (EUR-USD), as for
    /// crypto pairs and as the lake stores it (it refuses '/'), so the same id names the pair in the lake, in
    /// backtests and on the cluster.</summary>
    public static Instrument Forex(string venue, string baseCurrency, string quoteCurrency,
        decimal tickSize = 0.00001m, decimal lotSize = 1000m) =>
        new(new InstrumentId(venue.ToUpperInvariant(), $"{baseCurrency}-{quoteCurrency}".ToUpperInvariant()),
            AssetClass.Forex, baseCurrency, quoteCurrency, tickSize, lotSize, 0m);

    public bool IsOnTick(decimal price) => price % TickSize == 0m;

    public bool IsWholeLots(decimal quantity) => quantity % LotSize == 0m;

    /// <summary>Checks a price against the tick rule; <paramref name="what"/> names the field (limit price, stop price...).</summary>
    public Rejection? CheckPrice(decimal price, string what)
    {
        if (price <= 0m)
            return new Rejection(InstrumentRules.NonPositivePrice, $"{what} {price} for {Id} must be positive");
        if (price > MaxPrice)
            return new Rejection(InstrumentRules.PriceAboveMaximum, $"{what} {price} for {Id} is above the maximum {MaxPrice}");
        if (!IsOnTick(price))
            return new Rejection(InstrumentRules.OffTick, $"{what} {price} for {Id} is not a multiple of the tick size {TickSize}");
        return null;
    }

    /// <summary>Checks a quantity against the positivity and lot-size rules.</summary>
    public Rejection? CheckQuantity(decimal quantity)
    {
        if (quantity <= 0m)
            return new Rejection(InstrumentRules.NonPositiveQuantity, $"quantity {quantity} for {Id} must be positive");
        if (quantity > MaxQuantity)
            return new Rejection(InstrumentRules.QuantityAboveMaximum, $"quantity {quantity} for {Id} is above the maximum {MaxQuantity}");
        if (!IsWholeLots(quantity))
            return new Rejection(InstrumentRules.OffLot, $"quantity {quantity} for {Id} is not a multiple of the lot size {LotSize}");
        return null;
    }

    /// <summary>Checks quantity x price against the minimum and maximum notional (skipped when no price is known, e.g. market orders).
    /// Call it with a checked quantity and price: their product cannot overflow.</summary>
    public Rejection? CheckNotional(decimal quantity, decimal price)
    {
        var notional = quantity * price;
        if (notional > MaxNotional)
            return new Rejection(InstrumentRules.NotionalAboveMaximum,
                $"notional {notional} ({quantity} x {price}) for {Id} is above the maximum notional {MaxNotional} {QuoteCurrency}");
        return notional < MinNotional
            ? new Rejection(InstrumentRules.BelowMinNotional,
                $"notional {notional} ({quantity} x {price}) for {Id} is below the minimum notional {MinNotional} {QuoteCurrency}")
            : null;
    }

    /// <summary>Rounds a price to the nearest tick (used by slippage and trailing stops, which compute prices).</summary>
    public decimal RoundToTick(decimal price) => Math.Round(price / TickSize, MidpointRounding.AwayFromZero) * TickSize;

    /// <summary>Rounds a quantity down to whole lots (used by volume caps, which must never exceed a share).</summary>
    public decimal FloorToLot(decimal quantity) => Math.Floor(quantity / LotSize) * LotSize;
}
