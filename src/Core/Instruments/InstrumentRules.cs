namespace Hive.Core.Instruments;

/// <summary>Machine-readable rejection codes for the instrument rules; stable, because clients match on them.</summary>
public static class InstrumentRules
{
    public const string NonPositivePrice = "non-positive-price";
    public const string OffTick = "price-off-tick";
    public const string NonPositiveQuantity = "non-positive-quantity";
    public const string OffLot = "quantity-off-lot";
    public const string BelowMinNotional = "below-min-notional";
    public const string MarketClosed = "market-closed";
    public const string QuantityAboveMaximum = "quantity-above-maximum";
    public const string PriceAboveMaximum = "price-above-maximum";
    public const string NotionalAboveMaximum = "notional-above-maximum";
}
