using Hive.Core.Portfolio;

namespace Hive.Core.Tests.Portfolio;

/// <summary>Bad input gets an error naming what is wrong, never a NaN.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_column_of_text_is_an_error_naming_the_asset_date_and_text()
    {
        var error = Assert.Throws<ArgumentException>(() => PriceTable.ParseCsv("date,A,B\n2024-01-01,1,2\n2024-01-02,abc,2\n"));
        Assert.Equal("price of A on 2024-01-02 is 'abc', not a number", error.Message);
    }

    [Fact]
    public void A_single_asset_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PriceTable.ParseCsv("date,A\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n").Returns());
        Assert.Contains("at least two", error.Message);
    }

    [Fact]
    public void An_asset_with_one_price_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PriceTable.ParseCsv("date,A,B\n2024-01-01,1,\n2024-01-02,2,\n2024-01-03,3,5\n").Returns());
        Assert.Contains("B has 0 return(s)", error.Message);
    }

    [Fact]
    public void Zero_or_negative_prices_and_unsorted_dates_are_refused()
    {
        Assert.Contains("must be positive", Assert.Throws<ArgumentException>(() => PriceTable.ParseCsv("date,A,B\n2024-01-01,0,2\n")).Message);
        Assert.Contains("dates must ascend", Assert.Throws<ArgumentException>(() => PriceTable.ParseCsv("date,A,B\n2024-01-02,1,2\n2024-01-01,1,2\n")).Message);
    }

    [Fact]
    public void Two_identical_assets_make_a_singular_covariance_that_min_volatility_refuses()
    {
        var returns = PriceTable.ParseCsv("date,A,B\n2024-01-01,1,2\n2024-01-02,1.1,2.2\n2024-01-03,1.05,2.1\n2024-01-04,1.2,2.4\n").Returns();
        var error = Assert.Throws<ArgumentException>(() => MeanVariance.MinVolatility(RiskModels.Sample(returns), WeightConstraints.Uniform(2)));
        Assert.Contains("singular", error.Message);
        var hrp = HierarchicalRiskParity.FromReturns(returns).Weights;
        Assert.All(hrp, w => Assert.True(double.IsFinite(w)));
    }
}
