using Hive.Core.Ids;
using Hive.Core.Strategies;

namespace Hive.Core.Tests.Strategies;

public class StrategyCatalogTests
{
    private static Dictionary<string, string> Params(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Sma_cross_is_built_with_its_instrument_and_parameters()
    {
        var built = StrategyCatalog.Create("sma-cross",
            Params(("instrument", "sim:spx"), ("fast", "5"), ("slow", "20"), ("quantity", "3.5"), ("cashFraction", "0.5")));
        var strategy = Assert.IsType<SmaCrossStrategy>(built.Strategy);
        Assert.Equal(new InstrumentId("SIM", "SPX"), strategy.Instrument);
        Assert.Equal(new SmaCrossParameters(5, 20, 3.5m, 0.5m), strategy.Parameters);
        Assert.Equal([new InstrumentId("SIM", "SPX")], built.Instruments);
    }

    [Fact]
    public void Parameters_left_out_take_the_catalog_defaults()
    {
        var strategy = (SmaCrossStrategy)StrategyCatalog.Create("sma-cross", Params(("instrument", "SIM:SPX"))).Strategy;
        Assert.Equal(new SmaCrossParameters(), strategy.Parameters);
        Assert.Null(StrategyCatalog.Check("sma-cross", Params(("instrument", "SIM:SPX"))));
    }

    public static TheoryData<string, Dictionary<string, string>, string[]> Invalid() => new()
    {
        { "momentum", Params(("instrument", "SIM:SPX")), ["unknown strategy 'momentum'", "sma-cross"] },
        { "sma-cross", Params(("fast", "5")), ["instrument", "required", "SIM:SPX"] },
        { "sma-cross", Params(("instrument", "SPX")), ["parameter instrument", "VENUE:SYMBOL"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("fast", "five")), ["parameter fast", "whole number", "'five'"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("slow", "2.5")), ["parameter slow", "whole number", "'2.5'"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("quantity", "lots")), ["parameter quantity", "number", "'lots'"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("cashFraction", "half")), ["parameter cashFraction", "'half'"] },
        // A decimal comma is not silently read as a thousands separator (1,5 -> 15).
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("quantity", "1,5")), ["parameter quantity", "'1,5'"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("fast", "30"), ("slow", "30")), ["sma-cross", "slow period", "fast period 30"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("fast", "40"), ("slow", "30")), ["slow period", "fast period 40"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("fast", "0")), ["fast period"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("quantity", "-1")), ["quantity must be positive"] },
        { "sma-cross", Params(("instrument", "SIM:SPX"), ("cashFraction", "1.5")), ["cash fraction"] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_bad_kind_or_parameter_is_refused_with_a_message_naming_it(string kind, Dictionary<string, string> parameters, string[] named)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create(kind, parameters));
        foreach (var part in named) Assert.Contains(part, error.Message);
        Assert.DoesNotContain("(Parameter", error.Message);

        var rejection = StrategyCatalog.Check(kind, parameters);
        Assert.NotNull(rejection);
        Assert.Equal(StrategyCatalog.InvalidParameters, rejection.Code);
        Assert.Equal(error.Message, rejection.Message);
    }
}
