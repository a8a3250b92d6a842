using Hive.Core.Strategies;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class PortfolioCatalogTests
{
    public static TheoryData<string, string, string> Strategies() => new()
    {
        { "buy-and-hold", "instrument", "SIM:SPX" },
        { "dca", "instrument", "SIM:SPX" },
        { "periodic-rebalancer", "instruments", "SIM:AAA,SIM:BBB" },
        { "volatility-targeting", "instrument", "SIM:SPX" },
        { "cross-sectional-momentum", "instruments", "SIM:AAA,SIM:BBB,SIM:CCC" },
        { "dual-momentum", "instruments", "SIM:AAA,SIM:BBB" },
        { "pairs-zscore", "instruments", "SIM:AAA,SIM:BBB" },
        { "vwap-reversion", "instrument", "SIM:SPX" },
        { "opening-range-breakout", "instrument", "SIM:SPX" },
        { "grid-trading", "instrument", "SIMX:BTC-USDT" },
        { "market-maker", "instrument", "SIMX:BTC-USDT" },
        { "mean-reversion-zscore", "instrument", "SIM:SPX" },
    };

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Each_is_listed_documented_and_built_from_its_defaults_with_every_instrument_subscribed(string kind, string parameter, string instruments)
    {
        Assert.Contains(kind, StrategyCatalog.Kinds);
        var descriptor = StrategyCatalog.Describe(kind);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Summary));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Rules));
        Assert.All(descriptor.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));

        var built = StrategyCatalog.Create(kind, new Dictionary<string, string> { [parameter] = instruments });
        Assert.Equal(instruments.Split(',').Select(Hive.Core.Ids.InstrumentId.Parse), built.Instruments);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Leaving_out_the_instruments_is_refused_naming_the_parameter(string kind, string parameter, string instruments)
    {
        _ = instruments;
        var rejection = StrategyCatalog.Check(kind, new Dictionary<string, string>());
        Assert.NotNull(rejection);
        Assert.Contains($"parameter {parameter} is required", rejection.Message);
    }
}
