using Hive.Core.Algos;
using Hive.Core.Orders;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Algos;

/// <summary>Every bad input is refused with the field named.</summary>
public sealed class ParameterValidationTests
{
    private static readonly DateTime End = Start.AddHours(1);

    private static string Refusal(string algo, decimal quantity, DateTime start, DateTime end, params (string, string)[] values) =>
        Assert.Throws<ArgumentException>(() => Parse(algo, quantity, start, end, values)).Message;

    [Fact]
    public void An_end_before_the_start_is_refused() =>
        Assert.Contains("end", Refusal("twap", 100m, End, Start));

    [Fact]
    public void An_end_equal_to_the_start_is_refused() =>
        Assert.Contains("must be after start", Refusal("twap", 100m, Start, Start));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_quantity_that_is_not_positive_is_refused(decimal quantity) =>
        Assert.Contains("quantity must be positive", Refusal("twap", quantity, Start, End));

    [Fact]
    public void A_quantity_below_one_lot_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ExecutionCatalog.Parse("twap", OrderSide.Buy, 0.0005m, Start, End, new Dictionary<string, string>(), Coin));
        Assert.Contains("quantity 0.0005 is below one lot (0.001)", e.Message);
    }

    [Fact]
    public void A_quantity_off_the_lot_is_refused() => Assert.Contains("whole number of lots", Refusal("twap", 10.5m, Start, End));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void Participation_outside_zero_to_one_is_refused(string participation) =>
        Assert.Contains("parameter participation must be in (0, 1]", Refusal("pov", 100m, Start, End, ("participation", participation)));

    [Fact]
    public void Participation_of_one_is_accepted() =>
        Assert.Equal(1m, Parse("pov", 100m, Start, End, ("participation", "1")).Participation);

    [Fact]
    public void A_minimum_participation_above_the_target_is_refused() =>
        Assert.Contains("parameter min-participation must be in [0, 0.1]", Refusal("pov", 100m, Start, End, ("min-participation", "0.2")));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Slices_below_one_are_refused(string slices) =>
        Assert.Contains("parameter slices must be at least 1", Refusal("twap", 100m, Start, End, ("slices", slices)));

    [Fact]
    public void A_non_numeric_value_is_refused_naming_the_parameter() =>
        Assert.Contains("parameter slices must be a whole number, got 'many'", Refusal("twap", 100m, Start, End, ("slices", "many")));

    [Fact]
    public void An_unknown_algorithm_is_refused_with_the_list() =>
        Assert.Contains("unknown algorithm 'sniper'; the algorithms are twap, vwap, pov, iceberg, is", Refusal("sniper", 100m, Start, End));

    [Fact]
    public void An_unknown_parameter_is_refused_with_the_algorithms_parameters()
    {
        var message = Refusal("vwap", 100m, Start, End, ("slices", "5"));
        Assert.Contains("vwap has no parameter 'slices'", message);
        Assert.Contains("lookback", message);
    }

    [Fact]
    public void A_buy_limit_below_the_arrival_price_is_on_the_wrong_side()
    {
        var parameters = Parse("twap", 100m, Start, End, ("limit", "99"));
        var e = Assert.Throws<ArgumentException>(() => ExecutionPlanner.Plan("a", parameters, Stock, 100m, [], Minute));
        Assert.Contains("parameter limit: a buy's bound caps the price from above, but 99 is below the arrival price 100", e.Message);
    }

    [Fact]
    public void A_sell_limit_above_the_arrival_price_is_on_the_wrong_side()
    {
        var parameters = ExecutionCatalog.Parse("twap", OrderSide.Sell, 100m, Start, End, new Dictionary<string, string> { ["limit"] = "101" }, Stock);
        var e = Assert.Throws<ArgumentException>(() => parameters.CheckLimit(100m));
        Assert.Contains("parameter limit: a sell's bound floors the price from below, but 101 is above the arrival price 100", e.Message);
    }

    [Theory]
    [InlineData("limit", "0", "parameter limit must be a positive price")]
    [InlineData("limit", "100.005", "parameter limit 100.005 is not on the tick")]
    [InlineData("placement", "touch", "parameter placement must be market or limit")]
    [InlineData("max-child-share", "0", "parameter max-child-share must be in (0, 1]")]
    [InlineData("min-child", "-1", "parameter min-child must not be negative")]
    [InlineData("reprice-bars", "0", "parameter reprice-bars must be at least 1")]
    [InlineData("randomise", "0.6", "parameter randomise must be in [0, 0.5]")]
    public void Bad_common_and_twap_values_are_refused_naming_the_parameter(string name, string value, string expected) =>
        Assert.Contains(expected, Refusal("twap", 100m, Start, End, (name, value)));

    [Theory]
    [InlineData("display", "0", "parameter display must be positive")]
    [InlineData("display", "2.5", "parameter display 2.5 must be whole lots")]
    public void Bad_iceberg_values_are_refused(string name, string value, string expected) =>
        Assert.Contains(expected, Refusal("iceberg", 100m, Start, End, (name, value)));

    [Theory]
    [InlineData("risk-aversion", "-1", "parameter risk-aversion must be at least 0")]
    [InlineData("volatility", "0", "parameter volatility must be positive")]
    [InlineData("impact", "-2", "parameter impact must be positive")]
    [InlineData("lookback", "1", "parameter lookback must be at least 2")]
    public void Bad_implementation_shortfall_values_are_refused(string name, string value, string expected) =>
        Assert.Contains(expected, Refusal("is", 100m, Start, End, (name, value)));

    [Fact]
    public void Defaults_are_documented_values()
    {
        var pov = Parse("pov", 100m, Start, End);
        var iceberg = Parse("iceberg", 1000m, Start, End);
        var twap = Parse("twap", 100m, Start, End);

        Assert.Equal((0.1m, 0m, 0.2m), (pov.Participation, pov.MinParticipation, pov.MaxChildShare));
        Assert.Equal(100m, iceberg.Display);
        Assert.Equal((10, ChildPlacement.Market, 1m, (decimal?)null), (twap.Slices!.Value, twap.Placement, twap.MaxChildShare, twap.Limit));
    }
}
