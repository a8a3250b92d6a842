using Hive.Core.Instruments;
using Hive.Core.Ids;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Instruments;

public class InstrumentTests
{
    [Fact]
    public void Off_tick_price_is_rejected_naming_the_tick_rule()
    {
        var rejection = TestData.Spx.CheckPrice(100.005m, "limit price");
        Assert.Equal(InstrumentRules.OffTick, rejection!.Code);
        Assert.Contains("0.01", rejection.Message);
        Assert.Contains("limit price", rejection.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Zero_or_negative_quantity_is_rejected(int quantity) =>
        Assert.Equal(InstrumentRules.NonPositiveQuantity, TestData.Spx.CheckQuantity(quantity)!.Code);

    [Fact]
    public void Fractional_shares_break_the_lot_rule_but_fractional_bitcoin_does_not()
    {
        Assert.Equal(InstrumentRules.OffLot, TestData.Spx.CheckQuantity(1.5m)!.Code);
        Assert.Null(TestData.Btc.CheckQuantity(0.00123m));
        Assert.Equal(InstrumentRules.OffLot, TestData.Btc.CheckQuantity(0.000001m)!.Code);
    }

    [Fact]
    public void Crypto_orders_below_the_minimum_notional_are_rejected()
    {
        Assert.Equal(InstrumentRules.BelowMinNotional, TestData.Btc.CheckNotional(0.0001m, 30_000m)!.Code); // 3 USDT
        Assert.Null(TestData.Btc.CheckNotional(0.001m, 30_000m)); // 30 USDT
    }

    [Fact]
    public void Factories_set_venue_symbol_currencies_and_sessions()
    {
        var eurusd = Instrument.Forex("simfx", "eur", "usd");
        Assert.Equal(new InstrumentId("SIMFX", "EUR-USD"), eurusd.Id);
        Assert.Equal(("EUR", "USD", AssetClass.Forex), (eurusd.BaseCurrency, eurusd.QuoteCurrency, eurusd.AssetClass));
        Assert.Equal(new InstrumentId("SIMX", "BTC-USDT"), TestData.Btc.Id);
        var saturday = new DateTime(2024, 3, 9, 12, 0, 0, DateTimeKind.Utc);
        Assert.True(TestData.Btc.Sessions.IsOpen(saturday));
        Assert.False(eurusd.Sessions.IsOpen(saturday));
        Assert.False(TestData.Spx.Sessions.IsOpen(saturday));
    }

    [Fact]
    public void Invalid_instrument_definitions_throw_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Instrument(new InstrumentId("SIM", "X"), AssetClass.Stock, "X", "USD", 0m, 1m, 0m));
        Assert.Equal("tickSize", ex.ParamName);
    }

    [Fact]
    public void Rounding_helpers_snap_to_ticks_and_floor_to_lots()
    {
        Assert.Equal(100.01m, TestData.Spx.RoundToTick(100.0061m));
        Assert.Equal(12m, TestData.Spx.FloorToLot(12.9m));
    }

    [Fact]
    public void The_default_catalog_knows_the_demo_instruments_and_refuses_duplicates()
    {
        Assert.True(InstrumentCatalog.Default.TryGet(InstrumentId.Parse("SIM:SPX"), out var spx));
        Assert.Equal(AssetClass.Stock, spx.AssetClass);
        Assert.Throws<ArgumentException>(() => new InstrumentCatalog([TestData.Spx, TestData.Spx]));
    }

    [Fact]
    public void A_quantity_of_1e27_is_refused_as_above_the_maximum_by_order_validation_before_anything_multiplies_it()
    {
        var huge = TestData.Limit("o1", Hive.Core.Orders.OrderSide.Buy, 1e27m, 100m);
        var rejection = Hive.Core.Orders.OrderValidation.Check(huge, TestData.Spx, TestData.Now)!;
        Assert.Equal(InstrumentRules.QuantityAboveMaximum, rejection.Code);
        Assert.Contains(TestData.Spx.MaxQuantity.ToString(), rejection.Message);
        // A market order has no price to multiply by, and is refused the same way.
        Assert.Equal(InstrumentRules.QuantityAboveMaximum,
            Hive.Core.Orders.OrderValidation.Check(TestData.Market("m1", Hive.Core.Orders.OrderSide.Sell, 1e27m), TestData.Spx, TestData.Now)!.Code);
    }

    [Fact]
    public void Prices_and_notionals_above_the_instruments_maximum_are_refused_with_their_numbers_named()
    {
        var price = TestData.Spx.CheckPrice(TestData.Spx.MaxPrice + 1m, "limit price")!;
        Assert.Equal(InstrumentRules.PriceAboveMaximum, price.Code);
        Assert.Contains("limit price", price.Message);
        Assert.Null(TestData.Spx.CheckPrice(TestData.Spx.MaxPrice, "limit price"));

        var notional = TestData.Spx.CheckNotional(TestData.Spx.MaxQuantity, TestData.Spx.MaxPrice)!;
        Assert.Equal(InstrumentRules.NotionalAboveMaximum, notional.Code);
        Assert.Contains(TestData.Spx.MaxNotional.ToString(), notional.Message);
        Assert.Equal(InstrumentRules.NotionalAboveMaximum,
            Hive.Core.Orders.OrderValidation.Check(TestData.Limit("o1", Hive.Core.Orders.OrderSide.Buy, 1_000_000_000m, 10_000_000m), TestData.Spx, TestData.Now)!.Code);
        // The maxima keep every product of a checked quantity and price inside decimal's range, with room for fees.
        Assert.True(TestData.Spx.MaxQuantity * TestData.Spx.MaxPrice < decimal.MaxValue / 10_000m);
    }

    [Fact]
    public void A_quantity_at_the_maximum_is_taken()
    {
        Assert.Null(TestData.Spx.CheckQuantity(TestData.Spx.MaxQuantity));
        Assert.Equal(InstrumentRules.QuantityAboveMaximum, TestData.Spx.CheckQuantity(TestData.Spx.MaxQuantity + 1m)!.Code);
    }
}
