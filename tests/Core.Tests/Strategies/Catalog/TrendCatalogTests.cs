using System.Globalization;
using Hive.Core.Ids;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies.Catalog;

/// <summary>Catalog-wide checks: every descriptor builds from its defaults, documents every parameter, and refuses bad
/// values naming the parameter; the trend and indicator strategies run cleanly through the real paper-trading path.</summary>
public class TrendCatalogTests
{
    public static readonly string[] TrendStrategies =
    [
        "ema-cross", "macd-signal-cross", "rsi-reversion", "bollinger-reversion", "bollinger-breakout", "donchian-breakout",
        "keltner-breakout", "adx-trend", "parabolic-sar", "stochastic", "ichimoku", "time-series-momentum", "williams-r",
    ];

    public static TheoryData<string> AllKinds() => new(StrategyCatalog.Kinds);

    public static TheoryData<string> TrendKinds() => new(TrendStrategies);

    /// <summary>Sample values for required parameters: each instrument-like one gets its own symbol so pair-like
    /// strategies do not see the same instrument twice.</summary>
    private static Dictionary<string, string> RequiredOnly(StrategyDescriptor descriptor)
    {
        var values = new Dictionary<string, string>();
        var symbols = new Queue<string>(["SPX", "NDX", "RUT", "DJI"]);
        foreach (var parameter in descriptor.Parameters.Where(p => p.Required))
        {
            var name = parameter.Name.ToLowerInvariant();
            // A list takes the example its description gives ("e.g. SIM:KO,SIM:PEP"): a pair needs two, a universe several.
            var example = System.Text.RegularExpressions.Regex.Match(parameter.Description, @"e\.g\. (\S+)");
            values[parameter.Name] = name.EndsWith("instruments", StringComparison.Ordinal)
                ? example.Success ? example.Groups[1].Value.TrimEnd('.', ')') : throw new InvalidOperationException($"{descriptor.Name}: {parameter.Name} gives no example")
                : name.Contains("instrument") || name.Contains("symbol") || name.Contains("leg") || name.Contains("benchmark") ? $"SIM:{symbols.Dequeue()}"
                : throw new InvalidOperationException($"{descriptor.Name}: no sample value for required parameter {parameter.Name}");
        }
        return values;
    }

    [Fact]
    public void The_catalog_lists_every_trend_strategy_once()
    {
        foreach (var name in TrendStrategies) Assert.Contains(name, StrategyCatalog.Kinds);
        Assert.Equal(StrategyCatalog.Kinds.Count, StrategyCatalog.Kinds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_strategy_builds_from_its_defaults_and_documents_every_parameter(string kind)
    {
        var descriptor = StrategyCatalog.Describe(kind);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Summary));
        Assert.True(descriptor.Rules.Length > descriptor.Summary.Length, $"{kind}: the rules should say more than the summary");
        Assert.Equal(descriptor.Parameters.Count, descriptor.Parameters.Select(p => p.Name).Distinct().Count());
        Assert.All(descriptor.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{kind}.{p.Name} has no description"));

        var built = StrategyCatalog.Create(kind, RequiredOnly(descriptor));
        Assert.NotNull(built.Strategy);
        Assert.NotEmpty(built.Instruments);
        Assert.Null(StrategyCatalog.Check(kind, RequiredOnly(descriptor)));
    }

    [Theory]
    [MemberData(nameof(TrendKinds))]
    public void Trend_strategies_follow_the_common_conventions(string kind)
    {
        var descriptor = StrategyCatalog.Describe(kind);
        Assert.Equal(["instrument"], descriptor.Parameters.Where(p => p.Required).Select(p => p.Name));
        foreach (var name in new[] { "quantity", "cashFraction", "allowShort" }) Assert.Contains(name, descriptor.Parameters.Select(p => p.Name));
        Assert.Equal("0.95", descriptor.Parameters.Single(p => p.Name == "cashFraction").Default);
        Assert.Equal("false", descriptor.Parameters.Single(p => p.Name == "allowShort").Default);
        var built = StrategyCatalog.Create(kind, new Dictionary<string, string> { ["instrument"] = "SIM:SPX" });
        Assert.Equal([new InstrumentId("SIM", "SPX")], built.Instruments);
        Assert.Equal(StrategyCatalog.Kinds.Contains(kind), built.Strategy is ICatalogStrategy);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void A_value_that_is_not_a_number_or_boolean_is_refused_naming_the_parameter(string kind)
    {
        var descriptor = StrategyCatalog.Describe(kind);
        foreach (var parameter in descriptor.Parameters.Where(p => p.Default is { Length: > 0 } d
                     && (decimal.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || bool.TryParse(d, out _))))
        {
            var values = RequiredOnly(descriptor);
            values[parameter.Name] = "lots";
            var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create(kind, values));
            Assert.Contains(parameter.Name, error.Message);
            Assert.Equal(StrategyCatalog.InvalidParameters, StrategyCatalog.Check(kind, values)!.Code);
        }
    }

    public static TheoryData<string, string, string> OutOfRange() => new()
    {
        { "ema-cross", "fast", "1" }, { "ema-cross", "slow", "12" },
        { "macd-signal-cross", "slow", "10" }, { "macd-signal-cross", "signal", "0" },
        { "rsi-reversion", "period", "1" }, { "rsi-reversion", "oversold", "-5" }, { "rsi-reversion", "overbought", "101" },
        { "rsi-reversion", "exit", "80" },
        { "bollinger-reversion", "period", "1" }, { "bollinger-reversion", "deviations", "0" },
        { "bollinger-breakout", "deviations", "-2" },
        { "donchian-breakout", "entry", "0" }, { "donchian-breakout", "exit", "0" },
        { "keltner-breakout", "period", "1" }, { "keltner-breakout", "atrPeriod", "0" }, { "keltner-breakout", "multiplier", "0" },
        { "adx-trend", "slow", "10" }, { "adx-trend", "adxPeriod", "1" }, { "adx-trend", "threshold", "150" },
        { "parabolic-sar", "acceleration", "0" }, { "parabolic-sar", "maximum", "0.01" },
        { "stochastic", "kPeriod", "0" }, { "stochastic", "slowing", "0" }, { "stochastic", "dPeriod", "0" },
        { "stochastic", "oversold", "90" },
        { "ichimoku", "kijun", "9" }, { "ichimoku", "senkouB", "26" }, { "ichimoku", "displacement", "0" },
        { "time-series-momentum", "lookback", "0" },
        { "williams-r", "oversold", "-10" }, { "williams-r", "overbought", "5" },
        { "williams-r", "quantity", "0" }, { "ema-cross", "cashFraction", "1.5" }, { "ichimoku", "cashFraction", "0" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_out_of_range_value_is_refused_with_the_parameter_named(string kind, string parameter, string value)
    {
        var values = new Dictionary<string, string> { ["instrument"] = "SIM:SPX", [parameter] = value };
        var error = Assert.ThrowsAny<ArgumentException>(() => StrategyCatalog.Create(kind, values));
        Assert.StartsWith($"{kind}: {parameter} must", error.Message);
        Assert.Contains(value, error.Message);
        Assert.DoesNotContain("(Parameter", error.Message);
    }

    [Theory]
    [MemberData(nameof(TrendKinds))]
    public void Bars_of_another_instrument_are_ignored(string kind)
    {
        var built = StrategyCatalog.Create(kind, new Dictionary<string, string> { ["instrument"] = "SIM:OTHER", ["allowShort"] = "true" });
        Assert.Empty(CatalogBars.Run(built.Strategy, CatalogBars.TrendingWave(600)));
    }

    private static PaperTradingHost RunOnPaper(string kind, bool allowShort, AccountType accountType)
    {
        var built = StrategyCatalog.Create(kind, new Dictionary<string, string>
        {
            ["instrument"] = "SIM:SPX", ["allowShort"] = allowShort ? "true" : "false", ["cashFraction"] = "0.5",
        });
        var venue = new PaperVenue("SIM", new FillModelSettings { Fees = new FeeSchedule(0m, 0.001m) });
        venue.AddInstrument(TestData.Spx);
        var host = new PaperTradingHost(built.Strategy, new StrategyId($"{kind}-1"), TestData.OpenAccount(accountType, 100_000m, accountType == AccountType.Margin ? 2m : 1m), [venue],
            reserveFeeRate: 0.001m);
        // A rise then a fall under the waves, so trend followers that wait for a trend on the right side of a lagging
        // cloud (ichimoku) get one in each direction.
        foreach (var bar in CatalogBars.TrendingWave(600)) host.OnBar(bar);
        host.Stop();
        return host;
    }

    [Theory]
    [MemberData(nameof(TrendKinds))]
    public void With_defaults_each_strategy_paper_trades_through_the_real_aggregates_deterministically(string kind)
    {
        var host = RunOnPaper(kind, allowShort: false, AccountType.Cash);
        Assert.Empty(host.Anomalies);
        Assert.NotEmpty(host.Fills);
        Assert.All(host.Orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
        Assert.True(host.Account.PositionIn(TestData.Spx.Id) >= 0m, "long-only by default");
        Assert.Equal(host.Fills, RunOnPaper(kind, allowShort: false, AccountType.Cash).Fills);
    }

    [Theory]
    [MemberData(nameof(TrendKinds))]
    public void With_shorting_allowed_each_strategy_reverses_through_a_margin_account_without_anomalies(string kind)
    {
        var host = RunOnPaper(kind, allowShort: true, AccountType.Margin);
        Assert.Empty(host.Anomalies);
        Assert.All(host.Orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
        Assert.Contains(host.Fills, f => f.Side == OrderSide.Sell);
    }
}
