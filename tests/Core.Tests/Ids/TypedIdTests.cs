using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Tests.Ids;

/// <summary>The ids every entity is keyed by, and the money checks every aggregate shares.</summary>
public class TypedIdTests
{
    [Theory]
    [InlineData("SIM:SPX", "SIM", "SPX")]
    [InlineData("simx:btc-usdt", "SIMX", "BTC-USDT")]
    [InlineData("NYSE:BRK.B", "NYSE", "BRK.B")]
    public void Instrument_id_parses_venue_and_symbol_in_upper_case(string text, string venue, string symbol)
    {
        var id = InstrumentId.Parse(text);
        Assert.Equal(new InstrumentId(venue, symbol), id);
        Assert.Equal($"{venue}:{symbol}", id.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("SPX", "VENUE:SYMBOL")]
    [InlineData(":SPX", "VENUE:SYMBOL")]
    [InlineData("SIM:", "VENUE:SYMBOL")]
    [InlineData("SIM:SPX:X", "VENUE:SYMBOL")]
    [InlineData("SIM:S P X", "characters")]
    public void Malformed_instrument_id_is_refused_with_a_message_naming_it(string text, string hint)
    {
        Assert.False(InstrumentId.TryParse(text, out _, out var error));
        Assert.Contains(hint, error);
        var thrown = Assert.Throws<FormatException>(() => InstrumentId.Parse(text));
        Assert.Equal(error, thrown.Message);
        if (!string.IsNullOrWhiteSpace(text)) Assert.Contains($"'{text}'", error);
    }

    [Theory]
    [InlineData("ACC-1")]
    [InlineData("a_b.c-d")]
    public void Valid_id_text_round_trips_through_parse(string text)
    {
        Assert.Equal(text, AccountId.Parse(text).Value);
        Assert.Equal(text, ClientOrderId.Parse(text).ToString());
        Assert.Equal(text, StrategyId.Parse(text).ToString());
        Assert.Equal(text, TradeId.Parse(text).ToString());
        Assert.Equal(text, VenueOrderId.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("colon:inside")]
    [InlineData("ümlaut")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("up..there")]
    public void Invalid_id_text_is_refused_with_the_id_kind_and_value(string text)
    {
        var error = Assert.Throws<FormatException>(() => AccountId.Parse(text));
        Assert.Contains($"AccountId '{text}'", error.Message);
        Assert.Contains("ClientOrderId", Assert.Throws<FormatException>(() => ClientOrderId.Parse(text)).Message);
    }

    [Fact]
    public void Id_text_is_limited_to_the_maximum_length()
    {
        Assert.True(IdText.IsValid(new string('a', IdText.MaxLength)));
        Assert.False(IdText.IsValid(new string('a', IdText.MaxLength + 1)));
        Assert.False(IdText.IsValid(null));
    }

    [Fact]
    public void Positive_check_names_what_was_not_positive()
    {
        Assert.Null(Money.CheckPositive(0.0001m, "amount"));
        Assert.Equal(new Rejection("non-positive-quantity", "quantity must be positive, got -2"), Money.CheckPositive(-2m, "quantity"));
    }
}
